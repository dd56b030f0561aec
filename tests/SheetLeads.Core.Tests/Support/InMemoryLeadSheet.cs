using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Tests.Support;

/// <summary>
/// A Leads tab in memory that writes plans as ILeadSheet promises: all or nothing, rows found by Lead ID (typed rows
/// by their content), a new row refused when its Lead ID is already on a row, every change resolved against the cell
/// as it is at write time, unknown columns never written. A test can act as a person between the read and the write,
/// or make the sheet unavailable.
/// </summary>
internal sealed class InMemoryLeadSheet : ILeadSheet
{
    private readonly List<CellValue[]> _rows;
    private Action<InMemoryLeadSheet>? _beforeNextWrite;

    public InMemoryLeadSheet(IReadOnlyList<string> header, IEnumerable<IReadOnlyDictionary<LeadColumn, CellValue>> rows)
    {
        Header = header;
        Columns = ColumnMap.FromHeader(header);
        _rows = rows.Select(ToCells).ToList();
    }

    public IReadOnlyList<string> Header { get; }

    public ColumnMap Columns { get; }

    public string Location => "in-memory sheet";

    public int Calls { get; private set; }

    /// <summary>Plans written (a plan that failed is not counted).</summary>
    public int Writes { get; private set; }

    /// <summary>Every plan handed to <see cref="ApplyAsync"/>, written or not.</summary>
    public List<SheetChangePlan> Plans { get; } = [];

    /// <summary>When set, reads fail as a locked or unreachable sheet does.</summary>
    public bool ReadsFail { get; set; }

    /// <summary>When set, writes fail as a locked or unreachable sheet does; nothing is written.</summary>
    public bool WritesFail { get; set; }

    /// <summary>How many of the next writes find a planned row changed (as a person would leave it) and write nothing.</summary>
    public int WritesFindingRowsChanged { get; set; }

    /// <summary>Called before each write, e.g. to note the order of events.</summary>
    public Action? OnWrite { get; set; }

    /// <summary>Rows as they are now, top to bottom.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Runs a person's edit after the next read, just before the next write.</summary>
    public void BeforeNextWrite(Action<InMemoryLeadSheet> edit) => _beforeNextWrite = edit;

    public Task<SheetSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        Calls++;
        if (ReadsFail)
            throw new SheetUnavailableException("The sheet is locked by another program.");
        return Task.FromResult(Snapshot());
    }

    public Task<SheetWriteReport> ApplyAsync(SheetChangePlan plan, CancellationToken cancellationToken)
    {
        Calls++;
        Plans.Add(plan);
        OnWrite?.Invoke();
        if (WritesFail)
            throw new SheetUnavailableException("The sheet is locked by another program.");
        if (WritesFindingRowsChanged > 0)
        {
            WritesFindingRowsChanged--;
            throw new SheetChangedException("A planned row changed since the read.");
        }
        var edit = _beforeNextWrite;
        _beforeNextWrite = null;
        edit?.Invoke(this);
        return Task.FromResult(Apply(plan));
    }

    /// <summary>The tab as a read sees it, without counting a call.</summary>
    public SheetSnapshot Snapshot() =>
        new(Location, Header, _rows.Select((cells, i) => new SheetRow(i + 2, cells.ToArray())).Where(r => !r.IsBlank).ToArray());

    /// <summary>Writes a plan all or nothing.</summary>
    public SheetWriteReport Apply(SheetChangePlan plan)
    {
        var staged = _rows.Select(r => r.ToArray()).ToList();
        foreach (var row in plan.NewRows)
            if (staged.Any(cells => LeadId.TryParse(Get(cells, LeadColumn.LeadId).AsText(), out var id) && id == row.Id))
                throw new SheetChangedException($"{row.Id} is already on a row, so the new lead would repeat it.");
        int written = 0, leftAlone = 0;
        foreach (var change in plan.RowChanges)
        {
            var cells = staged[Find(staged, change.Target)];
            foreach (var cell in change.Changes)
            {
                if (Columns.PositionOf(cell.Column) is not { } p)
                    continue;
                if (cell.Resolve(cells[p]) is { } value)
                {
                    cells[p] = value;
                    written++;
                }
                else if (cell.LeftToPerson(cells[p]))
                    leftAlone++;
            }
        }
        int? firstNew = plan.NewRows.Count > 0 ? staged.Count + 2 : null; // below the header row
        foreach (var row in plan.NewRows)
            staged.Add(ToCells(row.Cells));
        _rows.Clear();
        _rows.AddRange(staged);
        Writes++;
        return new SheetWriteReport(plan.NewRows.Count, written, leftAlone, firstNew);
    }

    /// <summary>The cell of a column in the row holding this Lead ID.</summary>
    public CellValue Cell(string leadId, LeadColumn column) => Get(RowOf(leadId), column);

    /// <summary>The text of a column in the row holding this Lead ID, as a person reads it.</summary>
    public string Text(string leadId, LeadColumn column) => Cell(leadId, column).AsText();

    /// <summary>The cell of a column in a row by position (0 = the first row below the header).</summary>
    public CellValue CellAt(int index, LeadColumn column) => Get(_rows[index], column);

    /// <summary>The Lead IDs in the tab, top to bottom.</summary>
    public IReadOnlyList<string> LeadIds => _rows.Select(r => Get(r, LeadColumn.LeadId).AsText()).ToArray();

    /// <summary>A person types into a cell.</summary>
    public void Type(string leadId, LeadColumn column, CellValue value) => RowOf(leadId)[Columns.PositionOf(column)!.Value] = value;

    /// <summary>A person types into a cell of a row by position (0 = the first row below the header).</summary>
    public void TypeAt(int index, LeadColumn column, CellValue value) => _rows[index][Columns.PositionOf(column)!.Value] = value;

    /// <summary>A person types under a header, known to the worker or not, in a row by position.</summary>
    public void TypeUnder(int index, string header, CellValue value) => _rows[index][Header.ToList().IndexOf(header)] = value;

    /// <summary>A person sorts the tab by a column, as text.</summary>
    public void SortBy(LeadColumn column, bool descending = false)
    {
        var sorted = descending
            ? _rows.OrderByDescending(r => Get(r, column).AsText(), StringComparer.Ordinal).ToList()
            : _rows.OrderBy(r => Get(r, column).AsText(), StringComparer.Ordinal).ToList();
        _rows.Clear();
        _rows.AddRange(sorted);
    }

    /// <summary>A person deletes the row holding this Lead ID.</summary>
    public void Delete(string leadId) => _rows.Remove(RowOf(leadId));

    /// <summary>A person deletes a row by position (0 = the first row below the header).</summary>
    public void DeleteAt(int index) => _rows.RemoveAt(index);

    /// <summary>A person inserts a row at the top.</summary>
    public void InsertAtTop(IReadOnlyDictionary<LeadColumn, CellValue> row) => _rows.Insert(0, ToCells(row));

    private CellValue[] RowOf(string leadId) =>
        _rows.Single(r => Get(r, LeadColumn.LeadId).AsText() == leadId);

    private CellValue Get(CellValue[] cells, LeadColumn column) => Columns.Get(cells, column);

    private CellValue[] ToCells(IReadOnlyDictionary<LeadColumn, CellValue> row)
    {
        var cells = new CellValue[Header.Count];
        foreach (var (column, value) in row)
            if (Columns.PositionOf(column) is { } p)
                cells[p] = value;
        return cells;
    }

    private int Find(List<CellValue[]> rows, RowTarget target)
    {
        switch (target)
        {
            case RowWithLeadId byId:
            {
                var found = Enumerable.Range(0, rows.Count)
                    .Where(i => LeadId.TryParse(Get(rows[i], LeadColumn.LeadId).AsText(), out var id) && id == byId.Id).ToArray();
                return found.Length == 1 ? found[0] : throw new SheetChangedException($"{byId.Id} is on {found.Length} rows now.");
            }
            case TypedRow typed:
            {
                var found = Enumerable.Range(0, rows.Count)
                    .Where(i => Get(rows[i], LeadColumn.LeadId).IsEmpty && RowFingerprint.Of(rows[i]) == typed.Fingerprint)
                    .OrderBy(i => Math.Abs(i + 2 - typed.RowNumber)).ToArray();
                return found.Length > 0 ? found[0] : throw new SheetChangedException($"The {typed} is gone or changed.");
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(target), target, null);
        }
    }
}
