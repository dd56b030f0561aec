using System.Globalization;
using System.Text;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;

namespace SheetLeads.Benchmarks.Core;

/// <summary>
/// A Leads tab a year old, generated from a fixed seed: varied people (some with a company, some returning),
/// UK mobile and landline numbers mostly in E.164 and some as typed, leads from every channel, statuses that move
/// on with age, owners, next contacts, notes, repeat enquiries with their references, and Flag cells as the worker
/// last wrote them, so that planning with nothing new writes nothing. Also makes a cycle's worth of new enquiries
/// against it: new people, repeats of existing leads by e-mail, phone and thread, repeats within the batch, mails
/// read twice and a few skips.
/// </summary>
internal sealed class SampleSheet
{
    private static readonly string[] FirstNames =
    [
        "Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Noah", "Mia", "Jack", "Sophie", "Leo", "Grace", "Arthur",
        "Lily", "Muhammad", "Freya", "Oscar", "Emily", "Charlie", "Ella", "James", "Poppy", "William", "Evie", "Thomas",
        "Chloe", "Daniel", "Hannah", "Samuel", "Zoë", "Aidan", "Siobhán", "Rhys", "Carys", "Callum", "Eilidh", "Priya",
        "Arjun", "Fatima", "Omar", "Aisha", "Tomasz", "Agnieszka", "Chidi", "Ngozi", "Wei", "Mei", "Dylan", "Megan",
        "Ruth", "Graham", "Sandra", "Keith", "Pauline", "Trevor", "Margaret", "Nigel", "Janet", "Colin", "Beverley",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson",
        "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Begum",
        "Ahmed", "Hussain", "O'Connor", "O'Brien", "McDonald", "MacLeod", "Fraser", "Campbell", "Hughes", "Price",
        "Lloyd", "Llewellyn", "Nowak", "Kowalski", "Okafor", "Adeyemi", "Nguyen", "Chen", "Singh", "Kaur", "Smith-Jones",
        "Harrison", "Fletcher", "Turner", "Hart", "Baker", "Cooper", "Ward", "Morris", "King", "Bennett", "Shaw",
    ];

    private static readonly string[] Companies =
    [
        "Harrison Lettings", "Northgate Property Management", "The Old Bakery Café", "Fletcher & Sons Builders",
        "Riverside Dental Practice", "Ashford Primary School", "Greenway Housing Association", "Bennett Estates",
        "Copper Kettle Tea Rooms", "Kingsway Motors", "St Mary's Church Hall", "Brook Street Surgery", "Oakfield Nursery",
        "Lime Tree Hotel", "Shaw Accountants", "Marlow Veterinary Clinic", "The Red Lion", "Parkside Gym",
    ];

    private static readonly string[] FreeMail =
    [
        "gmail.com", "gmail.com", "gmail.com", "gmail.com", "outlook.com", "outlook.com", "hotmail.co.uk", "hotmail.com",
        "yahoo.co.uk", "btinternet.com", "icloud.com", "sky.com", "virginmedia.com", "live.co.uk", "googlemail.com",
    ];

    private static readonly string[] Messages =
    [
        "Hi, our combi boiler keeps losing pressure and has shown fault code F22 twice this week. Could someone come and have a look? We are in most days after 3pm.",
        "Hello, I would like a quote for replacing the bathroom suite (bath, basin and toilet) and moving the radiator to the other wall. Happy to send photos.",
        "Water is coming through the kitchen ceiling from the bathroom upstairs. Urgent please, I have turned the stopcock off.",
        "Could you give me a price for a boiler service and gas safety certificate for a rented two-bed flat? The tenant is usually home on Tuesdays.",
        "Two radiators upstairs stay cold even after bleeding them. The rest of the heating is fine. When would you be available?",
        "We are renovating a Victorian terrace and need the whole heating system replaced, probably with a heat pump. Can we book a survey?",
        "The outside tap is dripping constantly and the washer seems to be gone. Small job, I know, but could you fit it in this week?",
        "No hot water since this morning. The boiler lights are on but nothing happens when we turn the hot tap. Please call me back asap.",
        "I need an estimate for installing an unvented cylinder in the airing cupboard. The current one is about 25 years old.",
        "Hi there, our shower has very low pressure upstairs. Would a pump help or is it something else? Happy to pay for a visit.",
        "Looking for a plumber to fit a new kitchen sink and dishwasher next month when the new units go in. What is your availability?",
        "Our toilet keeps running after flushing. I've tried adjusting the float but no luck. How much would a repair cost roughly?",
        "We manage 14 flats in the town centre and are looking for a contractor for landlord gas safety checks across the portfolio. Could we discuss rates?",
        "Burst pipe under the sink, water everywhere. Please send someone today if you can.",
        "Hello, can you quote for power flushing a ten-radiator system? The water comes out black when I bleed the radiators.",
        "I'd like to get an underfloor heating quote for a new kitchen extension of about 25 square metres.",
        "Smell of gas near the boiler cupboard. I've called the emergency line already, but need someone to repair the boiler afterwards.",
        "Please could you ring me about a leaking radiator valve in the front room. It's only a slow drip but it's staining the carpet.",
    ];

    private static readonly string[] Subjects =
    [
        "Boiler problem", "Quote request", "Leak", "Heating not working", "Enquiry", "Bathroom quote", "Gas safety certificate",
        "Urgent - leak", "Radiators", "Hot water", "Booking", "Question about a job", "Re: your website", "Plumber needed",
    ];

    private static readonly string[] TeamNotes =
    [
        "Left voicemail.", "Called back, booked survey.", "Sent quote £1,450 inc. VAT.", "Customer wants to compare three quotes.",
        "Photos received by WhatsApp.", "Asked for access details for the flat.", "Landlord to confirm with tenant.",
        "Chased by email.", "Needs Gas Safe engineer, passed to Bob.", "Price too high for them, offered payment plan.",
    ];

    private static readonly string[] LostReasons = ["too expensive", "no budget", "chose competitor", "timing", "no response", ""];

    private readonly List<SampleLead> _leads;
    private readonly HashSet<string> _emails;

    private SampleSheet(SheetSnapshot snapshot, List<SampleLead> leads, HashSet<string> emails)
    {
        Snapshot = snapshot;
        _leads = leads;
        _emails = emails;
    }

    /// <summary>The Leads tab as the worker reads it at the start of a cycle.</summary>
    public SheetSnapshot Snapshot { get; }

    /// <summary>The highest Lead ID in the tab.</summary>
    public LeadId HighestIssued => new(_leads.Count);

    /// <summary>
    /// A tab of <paramref name="count"/> leads received over the year before <see cref="SampleBusiness.Now"/>, settled:
    /// its Flag and First response cells hold what the worker would write now, so an idle cycle plans nothing.
    /// </summary>
    public static SampleSheet Generate(int count, int seed = 20261123)
    {
        var random = new Random(seed);
        var emails = new HashSet<string>(StringComparer.Ordinal);
        var leads = new List<SampleLead>(count);
        var rows = new CellValue[count][];
        var header = LeadColumns.DefaultHeader;
        var first = SampleBusiness.Now.AddDays(-365);
        var received = Enumerable.Range(0, count).Select(_ => ReceivedTime(random, first)).Order().ToArray();
        for (var i = 0; i < count; i++)
        {
            var person = i > 20 && random.Next(100) < 6
                ? leads[random.Next(leads.Count)].Person // a returning customer
                : NewPerson(random, emails);
            var source = PickSource(random);
            var (lead, cells) = Row(random, i + 1, received[i], person, source, header.Count);
            leads.Add(lead);
            rows[i] = cells;
        }
        var sheet = new SampleSheet(Build(header, rows), leads, emails);
        return sheet.Settled(rows);
    }

    /// <summary>
    /// <paramref name="count"/> items the channels read in one cycle, received in the four hours before
    /// <see cref="SampleBusiness.Now"/>: about 58% new people, 18% repeats of a lead in the tab by e-mail, 6% by
    /// phone only, 5% replies in a lead's mail thread, 6% a second enquiry from someone new this cycle, 4% a mail or
    /// submission read a second time, 3% skipped mails.
    /// </summary>
    public IReadOnlyList<TakenItem> Enquiries(int count, int seed = 1123)
    {
        var random = new Random(seed);
        var items = new List<TakenItem>(count);
        var newcomers = new List<(SamplePerson Person, ChannelInfo Channel)>();
        var emails = new HashSet<string>(_emails, StringComparer.Ordinal);
        var withEmail = _leads.Where(l => l.Person.Email is not null).ToArray();
        var withPhone = _leads.Where(l => l.Person.Phone is not null && l.Person.Phone.StartsWith('+')).ToArray();
        var mailed = _leads.Where(l => l.Source == "Email" && l.Refs.Count > 0).ToArray();
        for (var i = 0; i < count; i++)
        {
            var at = SampleBusiness.Now.AddMinutes(-random.Next(1, 240)).AddSeconds(-random.Next(60));
            var roll = random.Next(100);
            if (roll < 58 || withEmail.Length == 0)
            {
                var person = NewPerson(random, emails);
                var channel = ChannelFor(random, PickSource(random, manual: false));
                newcomers.Add((person, channel));
                items.Add(Enquiry(random, channel, person, at, []));
            }
            else if (roll < 76)
            {
                var lead = withEmail[random.Next(withEmail.Length)];
                items.Add(Enquiry(random, ChannelFor(random, PickSource(random, manual: false)), lead.Person, at, []));
            }
            else if (roll < 82 && withPhone.Length > 0)
            {
                // The same caller from another address, or none: matched by the E.164 number only.
                var lead = withPhone[random.Next(withPhone.Length)];
                var person = lead.Person with { Email = random.Next(2) == 0 ? null : FreshEmail(random, lead.Person.Name, null, emails), Phone = Typed(lead.Person.Phone!) };
                items.Add(Enquiry(random, SampleBusiness.Channels[3], person, at, []));
            }
            else if (roll < 87 && mailed.Length > 0)
            {
                var lead = mailed[random.Next(mailed.Length)];
                var parent = lead.Refs[random.Next(lead.Refs.Count)].ExternalId;
                items.Add(Enquiry(random, SampleBusiness.Channels[0], lead.Person, at, [parent]));
            }
            else if (roll < 93 && newcomers.Count > 0)
            {
                var (person, channel) = newcomers[random.Next(newcomers.Count)];
                items.Add(Enquiry(random, channel, person, at, []));
            }
            else if (roll < 97)
            {
                // Read a second time: a mail left unmarked, a form page fetched again.
                var again = items.Count > 0 && random.Next(2) == 0
                    ? items[random.Next(items.Count)]
                    : null;
                if (again is Enquiry enquiry)
                    items.Add(enquiry);
                else
                {
                    var lead = _leads[random.Next(_leads.Count)];
                    var person = lead.Person;
                    items.Add(lead.Refs.Count > 0
                        ? new Enquiry(lead.Refs[0], "inbox/" + i, lead.Source, at, person.Name, Address(person.Email), SampleBusiness.Phones.Normalise(person.Phone),
                            person.Company, Messages[random.Next(Messages.Length)], null, [])
                        : Enquiry(random, SampleBusiness.Channels[0], person, at, []));
                }
            }
            else
            {
                var reason = random.Next(3) switch { 0 => SkipReason.AutoReply, 1 => SkipReason.Bulk, _ => SkipReason.OwnDomain };
                items.Add(new Skip(new Reference("enquiries", MessageId(random, "mail.example.net")), "INBOX/" + (40_000 + i), reason, reason.ToText()));
            }
        }
        return items;
    }

    private static DateTimeOffset ReceivedTime(Random random, DateTimeOffset first)
    {
        var span = (int)(SampleBusiness.Now - first).TotalMinutes - 30;
        var at = first.AddMinutes(random.Next(span));
        // Most enquiries come in during the day: move three in five into 08:00-18:00 of their day.
        if (random.Next(5) < 3)
            at = new DateTimeOffset(at.Date.AddHours(8).AddMinutes(random.Next(600)), TimeSpan.Zero);
        return at > SampleBusiness.Now.AddMinutes(-30) ? SampleBusiness.Now.AddMinutes(-30 - random.Next(600)) : at;
    }

    private static string PickSource(Random random, bool manual = true) => random.Next(100) switch
    {
        < 45 => "Email",
        < 70 => "Website form",
        < 82 => "Typeform: Quote",
        < 92 => "Tally: Callback",
        _ => manual ? "Manual" : "Email",
    };

    private static ChannelInfo ChannelFor(Random random, string source) =>
        SampleBusiness.Channels.FirstOrDefault(c => c.Source == source) ?? SampleBusiness.Channels[random.Next(SampleBusiness.Channels.Count)];

    private static SamplePerson NewPerson(Random random, HashSet<string> emails)
    {
        var name = FirstNames[random.Next(FirstNames.Length)] + " " + LastNames[random.Next(LastNames.Length)];
        var company = random.Next(100) < 22 ? Companies[random.Next(Companies.Length)] : null;
        var email = random.Next(100) < 88 ? FreshEmail(random, name, company, emails) : null;
        var phone = random.Next(100) < 65 || email is null ? PhoneNumberText(random) : null;
        return new SamplePerson(name, email, phone, company);
    }

    private static string FreshEmail(Random random, string name, string? company, HashSet<string> emails)
    {
        var parts = Ascii(name).Split(' ');
        var (given, family) = (parts[0], parts[^1]);
        var domain = company is not null && random.Next(3) > 0
            ? Ascii(company).Replace(" ", "", StringComparison.Ordinal) + ".co.uk"
            : FreeMail[random.Next(FreeMail.Length)];
        var local = random.Next(4) switch
        {
            0 => given + "." + family,
            1 => given[0] + family,
            2 => given + family + random.Next(1, 99).ToString(CultureInfo.InvariantCulture),
            _ => given + "_" + family[0] + random.Next(60, 99).ToString(CultureInfo.InvariantCulture),
        };
        var email = local + "@" + domain;
        while (!emails.Add(email))
            email = local + random.Next(100, 9999).ToString(CultureInfo.InvariantCulture) + "@" + domain;
        return email;
    }

    // Lower-case letters and spaces only: "Siobhán O'Connor" becomes "siobhan oconnor".
    private static string Ascii(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (char.IsAsciiLetter(c) || c == ' ')
                sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    // As the worker writes it: E.164. Three in four are mobiles, the rest Manchester, Leeds, Bristol or London lines.
    private static string PhoneNumberText(Random random)
    {
        string Digits(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => (char)('0' + random.Next(10))));
        return random.Next(4) switch
        {
            < 3 => "+447" + (char)('4' + random.Next(6)) + Digits(8),
            _ => random.Next(4) switch
            {
                0 => "+44161" + (char)('2' + random.Next(7)) + Digits(6),
                1 => "+44113" + (char)('2' + random.Next(7)) + Digits(6),
                2 => "+44117" + (char)('2' + random.Next(7)) + Digits(6),
                _ => "+4420" + (char)('3' + random.Next(6)) + Digits(7),
            },
        };
    }

    // As a person types it: "07712 345678", "0161 234 5678", "020 7946 0123".
    private static string Typed(string e164)
    {
        var national = "0" + e164[3..];
        return national.StartsWith("07", StringComparison.Ordinal) ? national[..5] + " " + national[5..]
            : national.StartsWith("020", StringComparison.Ordinal) ? national[..3] + " " + national[3..7] + " " + national[7..]
            : national[..4] + " " + national[4..7] + " " + national[7..];
    }

    private static EmailAddress? Address(string? text) => EmailAddress.TryParse(text, out var address) ? address : null;

    private static string MessageId(Random random, string domain) =>
        "CA" + random.NextInt64().ToString("x16", CultureInfo.InvariantCulture) + random.Next().ToString("x8", CultureInfo.InvariantCulture) + "@" + domain;

    private static Reference NewReference(Random random, ChannelInfo channel) => channel.Name switch
    {
        "enquiries" => new Reference(channel.Name, MessageId(random, random.Next(3) == 0 ? "outlook.com" : "mail.gmail.com")),
        "website" => new Reference(channel.Name, "wpcf7-" + random.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture)),
        "typeform" => new Reference(channel.Name, random.NextInt64().ToString("x16", CultureInfo.InvariantCulture) + random.Next(0x10000).ToString("x4", CultureInfo.InvariantCulture)),
        _ => new Reference(channel.Name, random.Next(0x1000000).ToString("x6", CultureInfo.InvariantCulture)),
    };

    private static Enquiry Enquiry(Random random, ChannelInfo channel, SamplePerson person, DateTimeOffset at, IReadOnlyList<string> thread)
    {
        var mail = channel.Name == "enquiries";
        return new Enquiry(
            NewReference(random, channel),
            mail ? "INBOX/" + random.Next(10_000, 99_999).ToString(CultureInfo.InvariantCulture) : channel.Name + " submission",
            channel.Source,
            at.ToUniversalTime(),
            person.Name,
            Address(person.Email),
            SampleBusiness.Phones.Normalise(person.Phone),
            person.Company,
            Messages[random.Next(Messages.Length)],
            mail ? (thread.Count > 0 ? "Re: " : "") + Subjects[random.Next(Subjects.Length)] : null,
            thread);
    }

    private static (SampleLead Lead, CellValue[] Cells) Row(Random random, int number, DateTimeOffset received, SamplePerson person, string source, int width)
    {
        var time = SampleBusiness.Time;
        var now = SampleBusiness.Now;
        var age = now - received;
        var status = PickStatus(random, age);
        var role = StatusSet.Default.RoleOf(status);
        var incomplete = random.Next(100) < 3;
        if (incomplete && role == StatusRole.New)
            status = "Incomplete";
        var enquiries = random.Next(100) switch { < 85 => 1, < 97 => 2, _ => 3 };
        var channel = SampleBusiness.Channels.FirstOrDefault(c => c.Source == source);
        var refs = new List<Reference>();
        var notes = new List<string>();
        var last = received;
        for (var e = 0; e < enquiries; e++)
        {
            var at = e == 0 ? received : last.AddHours(random.Next(1, 24 * 14));
            if (at > now.AddMinutes(-30))
                break;
            last = at;
            if (channel is not null)
                refs.Add(NewReference(random, channel));
            if (e > 0)
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{time.ToLocal(at):yyyy-MM-dd HH:mm} {source}: {Messages[random.Next(Messages.Length)]}"));
        }
        if (random.Next(100) < 40)
            notes.Add(TeamNotes[random.Next(TeamNotes.Length)]);
        var cells = new CellValue[width];
        void Set(LeadColumn column, CellValue value) => cells[(int)column] = value;
        Set(LeadColumn.LeadId, CellValue.Text(new LeadId(number).ToString()));
        Set(LeadColumn.Received, CellValue.DateTime(Minute(time.ToLocal(received))));
        Set(LeadColumn.Source, CellValue.Text(source));
        Set(LeadColumn.Name, CellValue.Text(incomplete ? null : person.Name));
        Set(LeadColumn.Email, CellValue.Text(person.Email));
        Set(LeadColumn.Phone, CellValue.Text(person.Phone is { } p && random.Next(100) < 15 ? Typed(p) : person.Phone));
        Set(LeadColumn.Company, CellValue.Text(person.Company));
        Set(LeadColumn.Message, CellValue.Text(Messages[random.Next(Messages.Length)]));
        Set(LeadColumn.Temperature, CellValue.Text(random.Next(10) switch { < 2 => "Hot", < 7 => "Warm", _ => "Cold" }));
        Set(LeadColumn.Status, CellValue.Text(status));
        Set(LeadColumn.Owner, CellValue.Text(source == "Typeform: Quote" ? "Alice Hart" : SampleBusiness.Team[number % SampleBusiness.Team.Count]));
        if (role == StatusRole.Active && random.Next(10) < 7)
            Set(LeadColumn.NextContact, CellValue.Date(time.DateOf(now).AddDays(random.Next(-10, 15))));
        if (role == StatusRole.Lost)
            Set(LeadColumn.LostReason, CellValue.Text(LostReasons[random.Next(LostReasons.Length)]));
        Set(LeadColumn.Notes, CellValue.Text(string.Join('\n', notes)));
        if (role != StatusRole.New)
        {
            var answered = received.AddMinutes(random.Next(5, 6 * 60));
            Set(LeadColumn.FirstResponse, CellValue.DateTime(Minute(time.ToLocal(answered < now ? answered : now))));
        }
        Set(LeadColumn.LastEnquiry, CellValue.DateTime(Minute(time.ToLocal(last))));
        Set(LeadColumn.Enquiries, CellValue.Number(Math.Max(1, refs.Count)));
        Set(LeadColumn.Ref, CellValue.Text(string.Join('\n', refs.Select(r => r.ToString()))));
        return (new SampleLead(person, source, refs), cells);
    }

    private static string PickStatus(Random random, TimeSpan age)
    {
        var roll = random.Next(100);
        if (age > TimeSpan.FromDays(60))
            return roll switch { < 27 => "Won", < 67 => "Lost", < 90 => "Unqualified", < 94 => "Contacted", < 97 => "Qualified", < 99 => "Proposal", _ => "New" };
        if (age > TimeSpan.FromDays(14))
            return roll switch { < 15 => "Won", < 35 => "Lost", < 45 => "Unqualified", < 65 => "Contacted", < 80 => "Qualified", < 95 => "Proposal", _ => "New" };
        return roll switch { < 30 => "New", < 65 => "Contacted", < 80 => "Qualified", < 90 => "Proposal", < 95 => "Won", _ => "Lost" };
    }

    private static DateTime Minute(DateTime local) => new(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0);

    private static SheetSnapshot Build(IReadOnlyList<string> header, CellValue[][] rows) =>
        new("benchmark sheet", header, rows.Select((cells, i) => new SheetRow(i + 2, cells)).ToArray());

    // Writes what an idle cycle would plan (Flag cells, First response of leads past New) until it plans nothing,
    // as a sheet the worker has kept for a year reads.
    private SampleSheet Settled(CellValue[][] rows)
    {
        var planner = new ChangePlanner(SampleBusiness.Planning);
        var snapshot = Snapshot;
        for (var round = 0; round < 3; round++)
        {
            var plan = planner.Plan(new PlanInput(snapshot, [], new HashSet<Reference>(), HighestIssued, null, SampleBusiness.Now)).Plan;
            if (plan.IsEmpty)
                return new SampleSheet(snapshot, _leads, _emails);
            foreach (var change in plan.RowChanges)
            {
                if (change.Target is not RowWithLeadId { Id: var id })
                    throw new InvalidOperationException("The generated sheet has a row without a Lead ID.");
                var cells = rows[id.Number - 1];
                foreach (var cell in change.Changes)
                {
                    var position = snapshot.Columns.PositionOf(cell.Column)!.Value;
                    cells[position] = cell.Resolve(cells[position]) ?? cells[position];
                }
            }
            snapshot = Build(snapshot.Header, rows);
        }
        throw new InvalidOperationException("The generated sheet does not settle: an idle cycle keeps planning changes.");
    }

    /// <summary>What the worker's state remembers of each channel, for the Summary's Channel health table.</summary>
    public static IReadOnlyList<ChannelHealth> Health() =>
        SampleBusiness.Channels.Select((c, i) => new ChannelHealth(
            c.Name,
            SampleBusiness.Now.AddDays(-365),
            SampleBusiness.Now.AddMinutes(-1 - i),
            i == 2 ? "The form service answered 503 Service Unavailable." : null,
            i == 2 ? SampleBusiness.Now.AddDays(-2) : null,
            12 - (3 * i),
            new Dictionary<SkipReason, int> { [SkipReason.AutoReply] = i, [SkipReason.Bulk] = 2 })).ToArray();

    /// <summary>Someone who enquires.</summary>
    private sealed record SamplePerson(string Name, string? Email, string? Phone, string? Company);

    /// <summary>A generated row: who it is, where it came from and the references it holds.</summary>
    private sealed record SampleLead(SamplePerson Person, string Source, IReadOnlyList<Reference> Refs);
}
