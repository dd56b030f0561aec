using System.Globalization;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Matching;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Rules;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Planning;

/// <summary>
/// Plans one cycle's changes to the Leads tab from the table as read and the items the channels took in
/// (SPEC §3, §4): duplicates dropped by reference, typed rows adopted (and flagged when they repeat a lead),
/// enquiries merged into open leads or made new leads, Lead IDs issued in Received order, owners assigned, First
/// response stamped on leads the team has started working or answered from a mailbox (SPEC §4), and every lead's
/// Flag judged (SPEC §5).
/// The plan never writes a non-empty team cell or a column the tab does not have.
/// </summary>
public sealed class ChangePlanner(PlanningRules rules)
{
    // A lead made this cycle has no row yet.
    private static readonly SheetRow NotInSheet = new(0, []);

    private readonly FlagRules _flags = new(rules.Hours, rules.ResponseTarget, rules.ConversionWindow, rules.Statuses, rules.Required);

    private readonly LeadRowReader _rowReader = new(rules.Statuses, rules.Time, rules.Phones);

    // The last snapshot planned from and its rows as leads: a back end hands the same snapshot back while the sheet
    // is unchanged (an idle cycle), and its rows are then not read into leads again. Leads are immutable.
    private SheetReading? _lastReading;

    private sealed record SheetReading(SheetSnapshot Sheet, IReadOnlyList<Lead> Rows, IReadOnlySet<LeadId> Repeated);

    /// <summary>Makes the plan.</summary>
    public PlanResult Plan(PlanInput input)
    {
        var warnings = new List<string>();
        var book = new LeadBook();
        var highest = ReadSheet(input, book, out var typedRows, out var inSheet, warnings);
        var newLeads = new List<WorkingLead>();
        var sequence = 0;

        foreach (var row in typedRows)
            newLeads.Add(Adopt(row, book, input.Now, sequence++));

        var outcomes = new (TakenItem Item, OutcomeKind Kind, WorkingLead? Lead)[input.Items.Count];
        var returning = new Dictionary<WorkingLead, WorkingLead>();
        var seen = new HashSet<Reference>();
        foreach (var index in ReceivedOrder(input.Items))
        {
            var item = input.Items[index];
            if (item is Skip { Reason: SkipReason.Unparseable })
                outcomes[index] = (item, OutcomeKind.Skipped, null);
            else if (book.Knows(item.Reference) || input.AlreadyTaken.Contains(item.Reference) || !seen.Add(item.Reference))
                outcomes[index] = (item, OutcomeKind.Duplicate, null);
            else if (item is Enquiry enquiry)
            {
                var (into, previous) = LeadMatch.Find(book, enquiry);
                if (into is not null)
                {
                    Merge(into, enquiry, book);
                    outcomes[index] = (item, OutcomeKind.Merged, into);
                    continue;
                }
                var lead = WorkingLead.FromEnquiry(enquiry, sequence++);
                if (previous is not null)
                    returning[lead] = previous;
                book.Add(lead, lead.Refs);
                newLeads.Add(lead);
                outcomes[index] = (item, OutcomeKind.Created, lead);
            }
            else
                outcomes[index] = (item, OutcomeKind.Skipped, null);
        }

        // SPEC §4: new leads are numbered after the highest in the sheet (or ever issued), in Received order.
        foreach (var lead in newLeads.OrderBy(l => l.Received).ThenBy(l => l.Sequence))
            lead.Id = highest = highest is { } h ? h.Next() : new LeadId(1);

        var rotation = input.LastRoundRobin;
        var owners = new Dictionary<WorkingLead, string?>();
        // SPEC §4: the Team tab the team keeps decides the rotation and who is Away; without one, the configured team.
        var assignment = input.Sheet.Team is { Members.Count: > 0 } team
            ? rules.Owners with { Members = team.Names, Away = team.Away }
            : rules.Owners;
        foreach (var lead in newLeads.OrderBy(l => l.Id!.Value))
        {
            if (lead.Adopted && lead.Row!.Owner.Length > 0)
                continue;
            (owners[lead], rotation) = assignment.Assign(lead.Source, KeywordText(lead), rotation);
        }

        // SPEC §4: a reply the team sent from a mailbox stops the response clock of a lead still waiting for one,
        // an existing row or a lead made this very cycle.
        var answered = ReplyMatch.Find(book.All.Where(Waiting).Select(l => (l, l.Received)), input.Replies);

        var columns = input.Sheet.Columns;
        // SPEC §5: every lead's flag is judged each cycle; only a row whose flag changed is written and repainted.
        var flags = book.All.ToDictionary(l => l, l => Judge(l, answered.GetValueOrDefault(l), input.Now, inSheet));
        var flagged = columns.Has(LeadColumn.Flag)
            ? book.All.Where(l => l.Row is null ? !flags[l].IsNone : flags[l].Text != l.Row.Flag).ToArray()
            : [];
        var plan = new SheetChangePlan(
            newLeads.Where(l => !l.Adopted).OrderBy(l => l.Id!.Value)
                .Select(l => NewRow(l, owners.GetValueOrDefault(l), returning.GetValueOrDefault(l), answered.GetValueOrDefault(l), flags[l], columns)).ToArray(),
            book.All.Where(l => l.Row is not null).Select(l => Changes(l, owners.GetValueOrDefault(l), answered.GetValueOrDefault(l), flags[l], columns, input.Now))
                .Where(c => c is not null).Select(c => c!).ToArray())
        {
            Highlights = flagged.OrderBy(l => l.Id!.Value).Select(l => new RowHighlight(l.Id!.Value, flags[l].Highlight)).ToArray(),
        };

        return new PlanResult(
            plan,
            outcomes.Select(o => new ItemOutcome(o.Item, o.Kind, o.Lead?.Id)).ToArray(),
            highest ?? input.HighestIssued,
            rotation,
            Adopted: newLeads.Count(l => l.Adopted),
            Flagged: flagged.Count(l => !flags[l].IsNone),
            warnings)
        {
            Answered = answered.ToDictionary(a => a.Key.Id!.Value, a => a.Value),
        };
    }

    // Still waiting for its first response as the sheet will read: a status of role new and no First response. An
    // existing row without a Received cannot tell a reply to this enquiry from one to an earlier conversation.
    private bool Waiting(WorkingLead lead) =>
        lead.Row is not { FirstResponseText.Length: > 0 }
        && (lead.IsNew || lead.Row!.Received is not null)
        && rules.Statuses.RoleOf(StatusOf(lead)) == StatusRole.New;

    // The Status cell once the plan is written, before a reply moves it on: an existing row's as read, a new lead's
    // initial one, an adopted row's as typed or else its initial one.
    private string StatusOf(WorkingLead lead) =>
        lead.Row is { } row && (!lead.Adopted || row.Status.Length > 0) ? row.Status : InitialStatus(lead).Name;

    // The lead as its row reads once a reply's stamp and status move are written: answered, so never No response.
    private Lead Answered(Lead lead, TeamReply reply)
    {
        var stamp = CellValue.DateTime(rules.Time.ToLocal(reply.SentAt));
        var moved = rules.Statuses.FirstActive;
        return lead with
        {
            FirstResponse = reply.SentAt,
            FirstResponseText = stamp.AsText(),
            Status = moved?.Name ?? lead.Status,
            Role = moved?.Role ?? lead.Role,
        };
    }

    // The flag of a lead as its row will read once the plan is written: an adopted row with its initial status,
    // a merged lead with the contact details filled in, a new lead as its new row.
    private Flag Judge(WorkingLead lead, TeamReply? answer, DateTimeOffset now, HashSet<LeadId> inSheet)
    {
        var row = lead.Row;
        LeadId? duplicateOf;
        Lead judged;
        if (row is null || lead.Adopted)
        {
            var status = row is { Status.Length: > 0 } ? row.Status : InitialStatus(lead).Name;
            duplicateOf = lead.DuplicateOf?.Id;
            judged = (row ?? new Lead { Row = NotInSheet, Message = lead.Message }) with
            {
                Id = lead.Id,
                Received = lead.Received,
                Name = lead.Name ?? "",
                EmailText = row?.EmailText ?? lead.Email?.Value ?? "",
                PhoneText = row?.PhoneText ?? lead.Phone?.Text ?? "",
                Company = lead.Company ?? "",
                Status = status,
                Role = rules.Statuses.RoleOf(status),
            };
        }
        else
        {
            // A Possible duplicate flag stays while both rows are in the sheet: only a person clears it.
            duplicateOf = FlagRules.PossibleDuplicateIn(row.Flag) is { } original && original != lead.Id && inSheet.Contains(original) ? original : null;
            judged = lead.Fills.Count == 0 ? row : row with
            {
                Name = Filled(lead, LeadColumn.Name, row.Name),
                EmailText = Filled(lead, LeadColumn.Email, row.EmailText),
                PhoneText = Filled(lead, LeadColumn.Phone, row.PhoneText),
                Company = Filled(lead, LeadColumn.Company, row.Company),
            };
        }
        if (answer is not null)
            judged = Answered(judged, answer);
        return _flags.For(judged, duplicateOf, now);
    }

    private static string Filled(WorkingLead lead, LeadColumn column, string asRead) =>
        lead.Fills.TryGetValue(column, out var value) ? value.AsText() : asRead;

    private LeadStatus InitialStatus(WorkingLead lead)
    {
        var incomplete = lead.Row is { } row
            ? rules.Required.LacksAny(row.Name, row.EmailText, row.PhoneText, row.Company, row.Message)
            : rules.Required.LacksAny(lead.Name, lead.Email?.Value, lead.Phone?.Text, lead.Company, lead.Message);
        return incomplete ? rules.Statuses.Incomplete : rules.Statuses.Initial;
    }

    private LeadId? ReadSheet(PlanInput input, LeadBook book, out List<Lead> typedRows, out HashSet<LeadId> inSheet, List<string> warnings)
    {
        // SPEC §4: the worker never writes a column it does not know; a missing optional one is skipped, and said so.
        if (input.Sheet.Columns.Missing is { Count: > 0 } missing)
        {
            var names = string.Join(", ", missing.Select(c => $"'{LeadColumns.HeaderOf(c)}'"));
            warnings.Add(missing.Count == 1
                ? $"The Leads tab has no {names} column; the worker leaves it out. Add the header (or run 'sheetleads init') to have it filled."
                : $"The Leads tab has no {names} columns; the worker leaves them out. Add the headers (or run 'sheetleads init') to have them filled.");
        }
        if (Volatile.Read(ref _lastReading) is not { } reading || !ReferenceEquals(reading.Sheet, input.Sheet))
        {
            var read = _rowReader.Read(input.Sheet);
            reading = new SheetReading(input.Sheet, read, read.Where(r => r.Id is not null).GroupBy(r => r.Id!.Value).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet());
            Volatile.Write(ref _lastReading, reading);
        }
        var (rows, repeated) = (reading.Rows, reading.Repeated);
        typedRows = [];
        inSheet = [];
        LeadId? highest = input.HighestIssued;
        foreach (var row in rows)
        {
            if (row.Id is { } id)
            {
                inSheet.Add(id);
                if (highest is null || id > highest.Value)
                    highest = id;
                if (repeated.Contains(id))
                    warnings.Add($"Lead ID {id} is on more than one row (row {row.Row.RowNumber}); nothing is merged into it until only one row holds it.");
                book.Add(WorkingLead.Existing(row), row.Refs, matchable: !repeated.Contains(id));
            }
            else if (row.HasUnreadableId)
            {
                warnings.Add($"Row {row.Row.RowNumber} has a Lead ID that is not of the form L-000001; it is left alone.");
                book.Add(WorkingLead.Existing(row), row.Refs, matchable: false);
            }
            else
                typedRows.Add(row);
        }
        return highest;
    }

    // SPEC §1/§3: a typed row is a lead; if it repeats an existing lead it is flagged, never merged or deleted. Two
    // rows typed for one caller before a cycle (two people took the call) are flagged the same way: the later one
    // names the earlier, whose Lead ID is issued at the end of planning.
    private WorkingLead Adopt(Lead row, LeadBook book, DateTimeOffset now, int sequence)
    {
        var open = rules.Statuses.RoleOf(row.Status).IsOpen();
        var lead = WorkingLead.Typed(row, now, sequence, open);
        lead.DuplicateOf = book.ByContact(row.Email, row.PhoneKey)
            .Where(l => l.Adopted || l.Id is not null)
            .OrderBy(l => l.Adopted ? 1 : 0) // a lead already in the sheet before one typed alongside
            .ThenByDescending(l => l.IsOpen)
            .ThenBy(l => l.IsPossibleDuplicate ? 1 : 0) // name the original, not an earlier copy of it
            .ThenByDescending(l => l.Recency)
            .FirstOrDefault();
        book.Add(lead, row.Refs);
        return lead;
    }

    private void Merge(WorkingLead into, Enquiry enquiry, LeadBook book)
    {
        into.EnquiriesAdded++;
        if (into.LastEnquiry is null || enquiry.Received > into.LastEnquiry)
            into.LastEnquiry = enquiry.Received;
        into.NoteLines.Add(NoteLine(enquiry));
        into.Refs.Add(enquiry.Reference);
        book.AddReference(into, enquiry.Reference);
        var existing = into.Row is not null;
        if (string.IsNullOrWhiteSpace(into.Name) && enquiry.Name is not null)
        {
            into.Name = enquiry.Name;
            if (existing)
                into.Fills[LeadColumn.Name] = CellValue.Text(enquiry.Name);
        }
        if (into.Email is null && enquiry.Email is not null && (!existing || into.Row!.EmailText.Length == 0))
        {
            into.Email = enquiry.Email;
            if (existing)
                into.Fills[LeadColumn.Email] = CellValue.Text(enquiry.Email.Value);
        }
        if (into.Phone is null && enquiry.Phone is not null && (!existing || into.Row!.PhoneText.Length == 0))
        {
            into.Phone = enquiry.Phone;
            into.PhoneKey ??= enquiry.Phone.IsE164 ? enquiry.Phone.Text : null;
            if (existing)
                into.Fills[LeadColumn.Phone] = CellValue.Text(enquiry.Phone.Text);
        }
        if (string.IsNullOrWhiteSpace(into.Company) && !string.IsNullOrWhiteSpace(enquiry.Company))
        {
            into.Company = enquiry.Company;
            if (existing)
                into.Fills[LeadColumn.Company] = CellValue.Text(enquiry.Company);
        }
        book.IndexContact(into);
    }

    // SPEC §3: "2026-11-22 10:04 Email: <first 200 chars>".
    private string NoteLine(Enquiry enquiry)
    {
        var local = rules.Time.ToLocal(enquiry.Received);
        var text = enquiry.Message.Length > 0 ? enquiry.Message : enquiry.Subject ?? "";
        // Invariant: in a custom format ':' is the culture's time separator, and fi-FI would write 10.04.
        return string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd HH:mm} {enquiry.Source}: {MessageCleaner.Excerpt(text)}");
    }

    private NewLeadRow NewRow(WorkingLead lead, string? owner, WorkingLead? previous, TeamReply? answer, Flag flag, ColumnMap columns)
    {
        var email = lead.Email?.Value;
        var notes = new List<string>();
        if (previous is not null)
            notes.Add($"Returning customer (previous: {previous.Id})");
        notes.AddRange(lead.NoteLines);
        var cells = new Dictionary<LeadColumn, CellValue>
        {
            [LeadColumn.LeadId] = CellValue.Text(lead.Id.ToString()),
            [LeadColumn.Received] = CellValue.DateTime(rules.Time.ToLocal(lead.Received)),
            [LeadColumn.Source] = CellValue.Text(lead.Source),
            [LeadColumn.Name] = CellValue.Text(lead.Name),
            [LeadColumn.Email] = CellValue.Text(email),
            [LeadColumn.Phone] = CellValue.Text(lead.Phone?.Text),
            [LeadColumn.Company] = CellValue.Text(lead.Company),
            [LeadColumn.Message] = CellValue.Text(lead.Message),
            [LeadColumn.Temperature] = CellValue.Text(rules.Temperature.Judge(KeywordText(lead), lead.Email, lead.Phone is not null, lead.Company).ToString()),
            [LeadColumn.Status] = CellValue.Text((answer is null ? null : rules.Statuses.FirstActive)?.Name ?? InitialStatus(lead).Name),
            [LeadColumn.Owner] = CellValue.Text(owner),
            [LeadColumn.Notes] = CellValue.Text(string.Join('\n', notes)),
            [LeadColumn.LastEnquiry] = CellValue.DateTime(rules.Time.ToLocal(lead.LastEnquiry ?? lead.Received)),
            [LeadColumn.Enquiries] = CellValue.Number(1 + lead.EnquiriesAdded),
            [LeadColumn.Flag] = CellValue.Text(flag.Text),
            [LeadColumn.Ref] = CellValue.Text(string.Join('\n', lead.Refs.Select(r => r.ToString()))),
        };
        if (answer is not null)
            cells[LeadColumn.FirstResponse] = CellValue.DateTime(rules.Time.ToLocal(answer.SentAt));
        return new NewLeadRow(lead.Id!.Value, cells.Where(c => columns.Has(c.Key)).ToDictionary());
    }

    private RowChange? Changes(WorkingLead lead, string? owner, TeamReply? answer, Flag flag, ColumnMap columns, DateTimeOffset now)
    {
        var row = lead.Row!;
        var changes = new List<CellChange>();
        // SPEC §4: First response is stamped when Status first leaves New/Incomplete. The worker sees that at the
        // next cycle; a typed row already past New was answered as it was taken (a call), so at its Received.
        if (row.Role != StatusRole.New && row.FirstResponseText.Length == 0)
            changes.Add(new(LeadColumn.FirstResponse, CellChangeKind.Fill, CellValue.DateTime(rules.Time.ToLocal(lead.Adopted ? lead.Received : now))));
        else if (answer is not null)
            changes.Add(new(LeadColumn.FirstResponse, CellChangeKind.Fill, CellValue.DateTime(rules.Time.ToLocal(answer.SentAt))));
        // Answered from the mailbox: the status moves on only from the very status planned from, so one a person
        // chose between the read and the write stays theirs.
        var moveOn = answer is not null && rules.Statuses.FirstActive is { } active
            ? CellChange.ReplaceIf(LeadColumn.Status, row.Status, CellValue.Text(active.Name))
            : null;
        if (lead.Adopted)
        {
            changes.Add(new(LeadColumn.LeadId, CellChangeKind.Fill, CellValue.Text(lead.Id.ToString())));
            changes.Add(new(LeadColumn.Received, CellChangeKind.Fill, CellValue.DateTime(rules.Time.ToLocal(lead.Received))));
            changes.Add(new(LeadColumn.Source, CellChangeKind.Fill, CellValue.Text(lead.Source)));
            changes.Add(new(LeadColumn.Temperature, CellChangeKind.Fill, CellValue.Text(
                rules.Temperature.Judge(row.Message, row.Email, row.PhoneText.Length > 0, row.Company).ToString())));
            changes.Add(moveOn ?? new(LeadColumn.Status, CellChangeKind.Fill, CellValue.Text(InitialStatus(lead).Name)));
            if (owner is not null)
                changes.Add(new(LeadColumn.Owner, CellChangeKind.Fill, CellValue.Text(owner)));
            changes.Add(new(LeadColumn.LastEnquiry, CellChangeKind.Fill, CellValue.DateTime(rules.Time.ToLocal(lead.LastEnquiry ?? lead.Received))));
            changes.Add(new(LeadColumn.Enquiries, CellChangeKind.Fill, CellValue.Number(1 + lead.EnquiriesAdded)));
        }
        else
        {
            if (moveOn is not null)
                changes.Add(moveOn);
            if (lead.EnquiriesAdded > 0)
            {
                changes.Add(new(LeadColumn.Enquiries, CellChangeKind.Set, CellValue.Number((row.Enquiries ?? 1) + lead.EnquiriesAdded)));
                if (lead.LastEnquiry is { } last && (row.LastEnquiry is null || last > row.LastEnquiry))
                    changes.Add(new(LeadColumn.LastEnquiry, CellChangeKind.Set, CellValue.DateTime(rules.Time.ToLocal(last))));
            }
        }
        foreach (var (column, value) in lead.Fills)
            changes.Add(new(column, CellChangeKind.Fill, value));
        // The worker owns the Flag column: it is set to the flag of now, or emptied when the flag cleared.
        if (flag.Text != row.Flag)
            changes.Add(new(LeadColumn.Flag, CellChangeKind.Set, CellValue.Text(flag.Text)));
        if (lead.NoteLines.Count > 0)
            changes.Add(new(LeadColumn.Notes, CellChangeKind.AppendLine, CellValue.Text(string.Join('\n', lead.NoteLines))));
        var newRefs = lead.Refs.Where(r => !row.Refs.Contains(r)).ToArray();
        if (newRefs.Length > 0)
            changes.Add(new(LeadColumn.Ref, CellChangeKind.AppendLine, CellValue.Text(string.Join('\n', newRefs.Select(r => r.ToString())))));
        changes.RemoveAll(c => !columns.Has(c.Column));
        if (changes.Count == 0)
            return null;
        RowTarget target = lead.Adopted
            ? new TypedRow(row.Row.RowNumber, RowFingerprint.Of(row.Row.Cells))
            : new RowWithLeadId(lead.Id!.Value);
        return new RowChange(target, changes);
    }

    private static string KeywordText(WorkingLead lead) =>
        string.IsNullOrEmpty(lead.Subject) ? lead.Message : lead.Subject + "\n" + lead.Message;

    // One batch is processed in Received order (SPEC §4 numbers new leads in Received order; CASES reading 6).
    private static IEnumerable<int> ReceivedOrder(IReadOnlyList<TakenItem> items) =>
        Enumerable.Range(0, items.Count)
            .OrderBy(i => items[i] is Enquiry e ? e.Received : DateTimeOffset.MinValue)
            .ThenBy(i => items[i].Reference.ToString(), StringComparer.Ordinal);
}
