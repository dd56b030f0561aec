using System.Globalization;
using System.Text.Json.Nodes;

namespace SheetLeads.Worker.Tests.FormApi;

/// <summary>Submissions in each service's own item shape (as their API references show them), for a <see cref="FakeForm"/>.</summary>
internal static class ServiceItems
{
    public static readonly DateTime Start = new(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Tally's page lists its questions once; answers name them by id.</summary>
    public static JsonObject TallyEnvelope() => new()
    {
        ["questions"] = new JsonArray(
            new JsonObject { ["id"] = "qName", ["type"] = "INPUT_TEXT", ["title"] = "Your name" },
            new JsonObject { ["id"] = "qEmail", ["type"] = "INPUT_EMAIL", ["title"] = "Email" },
            new JsonObject { ["id"] = "qNote", ["type"] = "TEXTAREA", ["title"] = "What do you need?" }),
    };

    /// <summary>The n-th submission (from 1) for the preset, n minutes after <see cref="Start"/>, from customer n.</summary>
    public static JsonObject For(string preset, int n) => preset switch
    {
        "Typeform" => Typeform(n),
        "Tally" => Tally(n),
        "JotForm" => JotForm(n),
        "Formspree" => Formspree(n),
        _ => Generic(n),
    };

    public static string IdOf(string preset, int n) => preset switch
    {
        "Typeform" => $"tok{n:D4}",
        "Tally" => $"T{n:D4}",
        "JotForm" => $"59{n:D8}",
        "Formspree" => $"fs{n:D4}",
        _ => $"g-{n}",
    };

    public static string Email(int n) => $"customer{n}@example.org";

    private static string Iso(int n) => Start.AddMinutes(n).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static JsonObject Typeform(int n) => new()
    {
        ["landing_id"] = IdOf("Typeform", n),
        ["token"] = IdOf("Typeform", n),
        ["response_id"] = IdOf("Typeform", n),
        ["landed_at"] = Iso(n),
        ["submitted_at"] = Iso(n),
        ["answers"] = new JsonArray(
            new JsonObject { ["field"] = new JsonObject { ["id"] = "f1", ["type"] = "short_text", ["ref"] = "name" }, ["type"] = "text", ["text"] = $"Customer {n}" },
            new JsonObject { ["field"] = new JsonObject { ["id"] = "f2", ["type"] = "email", ["ref"] = "email" }, ["type"] = "email", ["email"] = Email(n) },
            new JsonObject { ["field"] = new JsonObject { ["id"] = "f3", ["type"] = "long_text", ["ref"] = "details" }, ["type"] = "text", ["text"] = $"Job {n}" }),
    };

    private static JsonObject Tally(int n) => new()
    {
        ["id"] = IdOf("Tally", n),
        ["formId"] = "wMk2Ql",
        ["respondentId"] = $"r{n}",
        ["isCompleted"] = true,
        ["submittedAt"] = Start.AddMinutes(n).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        ["responses"] = new JsonArray(
            new JsonObject { ["id"] = $"a{n}", ["questionId"] = "qName", ["answer"] = $"Customer {n}" },
            new JsonObject { ["id"] = $"b{n}", ["questionId"] = "qEmail", ["answer"] = Email(n) },
            new JsonObject { ["id"] = $"c{n}", ["questionId"] = "qNote", ["answer"] = $"Job {n}" }),
    };

    private static JsonObject JotForm(int n) => new()
    {
        ["id"] = IdOf("JotForm", n),
        ["form_id"] = "241234567890",
        ["created_at"] = Start.AddMinutes(n).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        ["status"] = "ACTIVE",
        ["answers"] = new JsonObject
        {
            ["3"] = new JsonObject { ["name"] = "fullName", ["order"] = "1", ["text"] = "Full Name", ["type"] = "control_fullname",
                ["answer"] = new JsonObject { ["first"] = "Customer", ["last"] = n.ToString(CultureInfo.InvariantCulture) } },
            ["4"] = new JsonObject { ["name"] = "email", ["order"] = "2", ["text"] = "E-mail", ["type"] = "control_email", ["answer"] = Email(n) },
            ["5"] = new JsonObject { ["name"] = "job", ["order"] = "3", ["text"] = "What do you need?", ["type"] = "control_textarea", ["answer"] = $"Job {n}" },
        },
    };

    private static JsonObject Formspree(int n) => new()
    {
        ["_id"] = IdOf("Formspree", n),
        ["_date"] = Start.AddMinutes(n).ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        ["name"] = $"Customer {n}",
        ["email"] = Email(n),
        ["message"] = $"Job {n}",
        ["_status"] = new JsonObject { ["owner@example.org"] = new JsonObject { ["delivered"] = true } },
    };

    private static JsonObject Generic(int n) => new()
    {
        ["uuid"] = IdOf("Generic", n),
        ["created"] = Iso(n),
        ["contact"] = new JsonObject { ["name"] = $"Customer {n}", ["email"] = Email(n) },
        ["body"] = $"Job {n}",
    };
}
