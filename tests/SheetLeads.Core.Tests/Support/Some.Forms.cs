using SheetLeads.Core.Intake;

namespace SheetLeads.Core.Tests.Support;

internal static partial class Some
{
    /// <summary>A generic form submission as a form channel reads it.</summary>
    public static FormItem Form(
        string id = "sub-1001",
        string submitted = "2026-11-23 09:00",
        string? name = "Leo Martins",
        string? email = "leo@example.com",
        string? phone = null,
        string message = "Please quote for a new bathroom suite.")
    {
        var fields = new List<FormField>();
        if (name is not null)
            fields.Add(new("Name", name));
        if (email is not null)
            fields.Add(new("Email", email));
        if (phone is not null)
            fields.Add(new("Phone", phone));
        fields.Add(new("Message", message));
        var at = Utc(submitted);
        return new FormItem(new FormSubmission(id, new FormTimestamp(at.UtcDateTime, TimeSpan.Zero), "Quote", fields), id + ".json");
    }

    /// <summary>Input a channel could not read at all.</summary>
    public static UnreadableItem Unreadable(string id = "sha256:0123456789abcdef0123456789abcdef") =>
        new(id, "not JSON", "broken.json");

    /// <summary>The intake settings of the Brightpath business.</summary>
    public static IntakeSettings Intake { get; } = new(Time, Phones, ["brightpath.co.uk"], null, FieldLabels.Default);
}
