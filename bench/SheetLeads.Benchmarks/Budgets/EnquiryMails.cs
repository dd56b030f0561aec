using System.Globalization;
using System.Text;

namespace SheetLeads.Benchmarks.Budgets;

/// <summary>
/// Realistic enquiry mails from distinct customers, always the same for the same seed: plain text and
/// text + HTML, signatures with phone numbers, a quoted earlier mail now and then, 1–4 KB each.
/// </summary>
internal sealed class EnquiryMails(int seed)
{
    private static readonly string[] FirstNames = ["Jane", "Tom", "Priya", "Oliver", "Amelia", "Mohammed", "Chloe", "Liam", "Sofia", "Arjun", "Grace", "Noah", "Zara", "Ethan", "Isla", "Kwame", "Hannah", "Mateusz", "Eilidh", "Rhys"];
    private static readonly string[] LastNames = ["Smith", "Patel", "Jones", "O'Brien", "Williams", "Khan", "Taylor", "Nowak", "Brown", "Evans", "Okafor", "MacLeod", "Wilson", "Hughes", "Ahmed", "Clarke", "Davies", "Murphy", "Singh", "Roberts"];
    private static readonly string[] Domains = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "icloud.com", "sky.com", "virginmedia.com"];
    private static readonly string[] Subjects = ["Boiler service quote", "Leaking radiator", "New bathroom – can you quote?", "Enquiry from your website", "Emergency: no hot water", "Quote for kitchen plumbing", "Annual gas safety check", "Power flush price?", "Landlord certificate", "Blocked drain"];
    private static readonly string[] Bodies =
    [
        "Hi,\n\nOur combi boiler keeps losing pressure and the radiators upstairs stay cold. Could someone come and have a look this week? We are in most mornings.\n",
        "Hello there,\n\nWe're renovating the main bathroom and need a quote for a new suite: bath, basin, WC and a thermostatic shower. The old pipes are copper and about 30 years old.\n",
        "Good afternoon,\n\nI manage three rental flats and need gas safety certificates for all of them before the end of the month. Please let me know your availability and price per property.\n",
        "Hi, the radiator in the hall has started leaking at the valve. It is a slow drip but getting worse. Can you send someone?\n",
        "Dear Sir/Madam,\n\nI would like a quote for a power flush of a ten-radiator system. The boiler is a Worcester Bosch about eight years old.\n",
    ];

    private readonly Random _random = new(seed);

    /// <summary>The <paramref name="index"/>th customer's enquiry, unique by address and Message-ID, dated <paramref name="sent"/>.</summary>
    public string Next(int index, DateTimeOffset sent)
    {
        var first = Pick(FirstNames);
        var last = Pick(LastNames);
        var address = $"{first.ToLowerInvariant()}.{last.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal)}{index}@{Pick(Domains)}";
        var phone = string.Create(CultureInfo.InvariantCulture, $"07{_random.Next(100, 999)} {_random.Next(100000, 999999)}");
        var text = new StringBuilder(Pick(Bodies));
        for (var extra = _random.Next(0, 4); extra > 0; extra--)
            text.Append('\n').Append(Pick(Bodies));
        text.Append(CultureInfo.InvariantCulture, $"\nThanks,\n{first} {last}\nMobile: {phone}\n");
        if (_random.Next(5) == 0)
            text.Append("\nOn Mon, 2 Nov 2026 at 09:12, Harbour Heating wrote:\n> Thank you for getting in touch.\n> We will reply within one working day.\n");

        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"From: {first} {last} <{address}>\r\n")
            .Append("To: enquiries@harbourheating.example\r\n")
            .Append(CultureInfo.InvariantCulture, $"Subject: {Pick(Subjects)}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Date: {sent.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)} +0000\r\n")
            .Append(CultureInfo.InvariantCulture, $"Message-ID: <bench-{seed}-{index}@{address.Split('@')[1]}>\r\n")
            .Append("MIME-Version: 1.0\r\n");
        var plain = text.ToString().ReplaceLineEndings("\r\n");
        if (_random.Next(3) != 0)
            return head.Append("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").Append(plain).ToString();

        var html = "<html><body>" + string.Concat(text.ToString().Split("\n\n").Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p).Replace("\n", "<br>", StringComparison.Ordinal)}</p>")) + "</body></html>";
        var boundary = $"b{index}x{_random.Next():x}";
        return head.Append(CultureInfo.InvariantCulture, $"Content-Type: multipart/alternative; boundary=\"{boundary}\"\r\n\r\n")
            .Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{plain}\r\n")
            .Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{html}\r\n")
            .Append(CultureInfo.InvariantCulture, $"--{boundary}--\r\n").ToString();
    }

    private string Pick(string[] from) => from[_random.Next(from.Length)];
}
