using SheetLeads.Core.Sheet;
using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.GoogleSheets.Setup;

/// <summary>The requests of <c>init</c>'s one batchUpdate, with a line per change for the person running it.</summary>
internal sealed class SetupPlan(SheetLayout layout)
{
    private const int PixelsPerCharacter = 7;
    private readonly HashSet<int> _takenIds = [];

    public List<Request> Requests { get; } = [];

    /// <summary>Tab ids this plan gives to new tabs.</summary>
    public IReadOnlySet<int> TakenIds => _takenIds;

    public void AddTab(int sheetId, string title, int columns)
    {
        _takenIds.Add(sheetId);
        Requests.Add(new Request
        {
            AddSheet = new AddSheetRequest
            {
                Properties = new SheetProperties { SheetId = sheetId, Title = title, GridProperties = new GridProperties { RowCount = 1000, ColumnCount = columns } },
            },
        });
    }

    /// <summary>A new Team tab (SPEC §4): a bold, frozen Name | Email | Away header and the configured members.</summary>
    public void AddTeamTab(int sheetId, IReadOnlyList<TeamMember> members)
    {
        AddTab(sheetId, SheetLayout.TeamTab, TeamRoster.Header.Count);
        static CellData Text(string? text, bool bold = false) => new()
        {
            UserEnteredValue = string.IsNullOrEmpty(text) ? null : new ExtendedValue { StringValue = text },
            UserEnteredFormat = bold ? new CellFormat { TextFormat = new TextFormat { Bold = true } } : null,
        };
        var rows = new List<RowData> { new() { Values = TeamRoster.Header.Select(h => Text(h, bold: true)).ToList() } };
        rows.AddRange(members.Select(m => new RowData { Values = [Text(m.Name), Text(m.Email)] }));
        Requests.Add(new Request
        {
            UpdateCells = new UpdateCellsRequest
            {
                Start = new GridCoordinate { SheetId = sheetId, RowIndex = 0, ColumnIndex = 0 },
                Rows = rows,
                Fields = "userEnteredValue,userEnteredFormat.textFormat.bold",
            },
        });
        Requests.Add(new Request
        {
            UpdateSheetProperties = new UpdateSheetPropertiesRequest
            {
                Properties = new SheetProperties { SheetId = sheetId, GridProperties = new GridProperties { FrozenRowCount = 1 } },
                Fields = "gridProperties.frozenRowCount",
            },
        });
    }

    /// <exception cref="SheetLayoutException">Row 1 is empty while row 2 holds data.</exception>
    public void PrepareLeads(LeadsTabNow tab, List<string> done)
    {
        var written = new List<(int Position, string Text)>();
        if (tab.Header.Count == 0)
        {
            if (tab.SecondRowHasData)
                throw new SheetLayoutException(
                    $"Row 1 of the {tab.Title} tab is empty but rows below it hold data, so SheetLeads cannot tell which column is which. " +
                    $"Type the header into row 1 (the usual one is: {string.Join(" | ", layout.Header)}) and run init again.");
            written.AddRange(layout.Header.Select((h, i) => (i, h)));
            done.Add($"Wrote the header row of {tab.Title}");
        }
        else
        {
            var next = tab.Header.Count;
            foreach (var column in ColumnMap.FromHeader(tab.Header).Missing)
            {
                written.Add((next++, LeadColumns.HeaderOf(column)));
                done.Add($"Added column '{LeadColumns.HeaderOf(column)}' to {tab.Title}");
            }
        }
        var header = tab.Header.ToList();
        foreach (var (position, text) in written)
        {
            while (header.Count <= position)
                header.Add("");
            header[position] = text;
        }
        var width = header.Count;
        if (width > tab.ColumnCount)
            Requests.Add(new Request { AppendDimension = new AppendDimensionRequest { SheetId = tab.SheetId, Dimension = "COLUMNS", Length = width - tab.ColumnCount } });
        var map = ColumnMap.FromHeader(header);
        foreach (var (position, text) in written)
            WriteHeaderCell(tab, position, text, map);

        if (tab.FrozenRows < 1)
        {
            Requests.Add(new Request
            {
                UpdateSheetProperties = new UpdateSheetPropertiesRequest
                {
                    Properties = new SheetProperties { SheetId = tab.SheetId, GridProperties = new GridProperties { FrozenRowCount = 1 } },
                    Fields = "gridProperties.frozenRowCount",
                },
            });
            done.Add($"Froze the header row of {tab.Title}");
        }
        if (tab.Filter is null)
        {
            Requests.Add(new Request
            {
                SetBasicFilter = new SetBasicFilterRequest
                {
                    Filter = new BasicFilter { Range = new GridRange { SheetId = tab.SheetId, StartRowIndex = 0, StartColumnIndex = 0, EndColumnIndex = width } },
                },
            });
            done.Add($"Added a filter to the header row of {tab.Title}");
        }
        AddDropdowns(tab, map, done);
    }

    private void WriteHeaderCell(LeadsTabNow tab, int position, string text, ColumnMap map)
    {
        Requests.Add(new Request
        {
            UpdateCells = new UpdateCellsRequest
            {
                Start = new GridCoordinate { SheetId = tab.SheetId, RowIndex = 0, ColumnIndex = position },
                Rows = [new RowData { Values = [new CellData { UserEnteredValue = new ExtendedValue { StringValue = text }, UserEnteredFormat = new CellFormat { TextFormat = new TextFormat { Bold = true } } }] }],
                Fields = "userEnteredValue,userEnteredFormat.textFormat.bold",
            },
        });
        var known = Enum.GetValues<LeadColumn>().Where(c => map.PositionOf(c) == position).Select(c => (LeadColumn?)c).FirstOrDefault();
        Requests.Add(new Request
        {
            UpdateDimensionProperties = new UpdateDimensionPropertiesRequest
            {
                Range = DimensionRange.Columns(tab.SheetId, position, position + 1),
                Properties = new DimensionProperties { PixelSize = (known is { } k ? SheetLayout.WidthOf(k) : 12) * PixelsPerCharacter + 10 },
                Fields = "pixelSize",
            },
        });
        if (known is { } date && FormatRequests.IsDate(date))
        {
            var format = FormatRequests.DateFormat(tab.SheetId, 2, tab.RowCount, position, date);
            Requests.Add(format);
        }
    }

    private void AddDropdowns(LeadsTabNow tab, ColumnMap map, List<string> done)
    {
        var added = new List<string>();
        foreach (var (column, values) in new (LeadColumn, IReadOnlyList<string>)[]
                 {
                     (LeadColumn.Status, layout.Statuses), (LeadColumn.Owner, layout.Owners),
                     (LeadColumn.Temperature, layout.Temperatures), (LeadColumn.LostReason, layout.LostReasons),
                 })
        {
            if (values.Count == 0 || map.PositionOf(column) is not { } position || tab.Validated.Contains(position))
                continue;
            Requests.Add(new Request
            {
                SetDataValidation = new SetDataValidationRequest
                {
                    Range = new GridRange { SheetId = tab.SheetId, StartRowIndex = 1, EndRowIndex = tab.RowCount, StartColumnIndex = position, EndColumnIndex = position + 1 },
                    Rule = new DataValidationRule
                    {
                        Condition = new BooleanCondition { Type = "ONE_OF_LIST", Values = values.Select(v => new ConditionValue { UserEnteredValue = v }).ToList() },
                        ShowCustomUi = true,
                        Strict = false,
                    },
                },
            });
            added.Add(LeadColumns.HeaderOf(column));
        }
        if (added.Count > 0)
            done.Add($"Added dropdowns for {(added.Count == 1 ? added[0] : string.Join(", ", added.Take(added.Count - 1)) + " and " + added[^1])} to {tab.Title}");
    }
}
