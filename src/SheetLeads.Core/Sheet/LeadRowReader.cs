using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Sheet;

/// <summary>Turns the rows of a snapshot into leads, with dates read in the business time zone.</summary>
public sealed class LeadRowReader(StatusSet statuses, BusinessTime time, PhoneNormaliser phones)
{
    /// <summary>
    /// Every row holding something in a column the worker knows, as a lead. A row with content only in the team's
    /// own columns (a total under a Budget column) is not a lead and is never adopted.
    /// </summary>
    public IReadOnlyList<Lead> Read(SheetSnapshot sheet)
    {
        var map = sheet.Columns;
        var columns = Enum.GetValues<LeadColumn>();
        var leads = new List<Lead>(sheet.Rows.Count);
        foreach (var row in sheet.Rows)
        {
            if (row.IsBlank || columns.All(c => map.Get(row.Cells, c).IsEmpty))
                continue;
            string Text(LeadColumn c) => map.Get(row.Cells, c).AsText().Trim();
            DateTimeOffset? Instant(LeadColumn c) => CellReading.LocalDateTime(map.Get(row.Cells, c)) is { } local && HasInstant(local) ? time.ToInstant(local) : null;
            var idText = Text(LeadColumn.LeadId);
            var id = LeadId.TryParse(idText, out var parsedId) ? parsedId : null;
            var email = EmailAddress.TryParse(Text(LeadColumn.Email), out var parsedEmail) ? parsedEmail : null;
            var status = Text(LeadColumn.Status);
            leads.Add(new Lead
            {
                Id = id,
                HasUnreadableId = id is null && idText.Length > 0,
                Row = row,
                Received = Instant(LeadColumn.Received),
                Source = Text(LeadColumn.Source),
                Name = Text(LeadColumn.Name),
                EmailText = Text(LeadColumn.Email),
                Email = email,
                PhoneText = Text(LeadColumn.Phone),
                PhoneKey = phones.MatchKey(Text(LeadColumn.Phone)),
                Company = Text(LeadColumn.Company),
                Message = Text(LeadColumn.Message),
                Status = status,
                Role = statuses.RoleOf(status),
                Owner = Text(LeadColumn.Owner),
                NextContactText = Text(LeadColumn.NextContact),
                NextContact = CellReading.Date(map.Get(row.Cells, LeadColumn.NextContact)),
                LostReason = Text(LeadColumn.LostReason),
                Notes = map.Get(row.Cells, LeadColumn.Notes).AsText(),
                FirstResponseText = Text(LeadColumn.FirstResponse),
                FirstResponse = Instant(LeadColumn.FirstResponse),
                LastEnquiry = Instant(LeadColumn.LastEnquiry),
                Enquiries = CellReading.WholeNumber(map.Get(row.Cells, LeadColumn.Enquiries)),
                Flag = Text(LeadColumn.Flag),
                Refs = Reference.ParseLines(map.Get(row.Cells, LeadColumn.Ref).AsText()),
            });
        }
        return leads;
    }

    // A typo such as year 0001 lies within a day of the calendar's end, where a zone off UTC has no instant for it:
    // it reads as no date rather than stopping every cycle.
    private static bool HasInstant(DateTime local) => local > DateTime.MinValue.AddDays(1) && local < DateTime.MaxValue.AddDays(-1);
}
