using SheetLeads.Core.Intake;

namespace SheetLeads.Worker.Forms;

/// <summary>What a poller needs from a page to ask for the next one.</summary>
/// <param name="HasMore">True when the service says more submissions follow this page.</param>
/// <param name="Next">The cursor that asks for the next page, when the service has one.</param>
/// <param name="Newest">The newest submission time on the page: the service's <c>since</c> for the next poll.</param>
/// <param name="Total">How many submissions the service says match the request, when it says.</param>
internal sealed record FormPaging(bool HasMore, FormCursor? Next, FormTimestamp? Newest, int? Total)
{
    /// <summary>A page that says nothing about paging.</summary>
    public static FormPaging None(FormTimestamp? newest) => new(false, null, newest, null);
}

/// <summary>How a service names its next page.</summary>
/// <param name="Kind">Which query parameter takes the value.</param>
/// <param name="Value">The value, as the service wrote it.</param>
internal sealed record FormCursor(FormCursorKind Kind, string Value);

/// <summary>The paging schemes of the supported services.</summary>
internal enum FormCursorKind
{
    /// <summary>A page number (Tally <c>page</c>).</summary>
    Page,
    /// <summary>Submissions to skip (JotForm <c>offset</c>, Formspree <c>offset</c>).</summary>
    Offset,
    /// <summary>A response token (Typeform <c>before</c>: the last token of a newest-first page).</summary>
    Before,
    /// <summary>The next page's address (a generic mapping's <c>Next</c>).</summary>
    Link,
    /// <summary>A cursor for the query parameter a generic mapping names (<c>NextParameter</c>).</summary>
    Token,
}
