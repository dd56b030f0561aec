using SheetLeads.Core.Intake;

namespace SheetLeads.Worker.Forms;

/// <summary>One page of a form service's answer, read.</summary>
/// <param name="Submissions">The submissions, in the order the page lists them.</param>
/// <param name="Rejected">Entries of the page that are not a submission of this shape; each becomes an unparseable skip.</param>
/// <param name="LeftOut">Entries the service marks as not submitted (partial, deleted): not enquiries yet, and not taken in.</param>
/// <param name="Paging">Where the next page is.</param>
internal sealed record FormPage(
    IReadOnlyList<FormSubmission> Submissions,
    IReadOnlyList<FormRejected> Rejected,
    int LeftOut,
    FormPaging Paging)
{
    /// <summary>How many entries the page listed, whatever became of them.</summary>
    public int Entries => Submissions.Count + Rejected.Count + LeftOut;
}

/// <summary>An entry of a page that could not be read as a submission.</summary>
/// <param name="ExternalId">A stable id: <c>sha256:…</c> of the entry's canonical JSON.</param>
/// <param name="Position">Its place in the page, from 1.</param>
/// <param name="Problem">What was expected; never the entry's content.</param>
internal sealed record FormRejected(string ExternalId, int Position, string Problem);
