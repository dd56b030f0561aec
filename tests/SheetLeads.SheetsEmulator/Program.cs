namespace SheetLeads.SheetsEmulator;

internal static class Program
{
    public static Task<int> Main(string[] args) => throw new NotImplementedException();
}
