using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.GoogleSheets;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.State;
using SheetLeads.Worker.Workbook;

namespace SheetLeads.Worker.Hosting;

/// <summary>Makes the configured sheet back end (validated options only reach here).</summary>
internal static class SheetFactory
{
    public static SheetBackend Create(IServiceProvider services)
    {
        var sheet = services.GetRequiredService<IOptions<SheetOptions>>().Value;
        if (sheet.IsGoogle)
        {
            var google = new GoogleLeadSheet(sheet.Google, services.GetRequiredService<SheetLayout>(), services.GetRequiredService<IWorkerIdentity>(),
                services.GetRequiredService<ISheetNotes>(), services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<GoogleLeadSheet>>());
            return new SheetBackend(google, google, google, google, google);
        }
        var workbook = new WorkbookLeadSheet(sheet.Workbook.Path, services.GetRequiredService<SheetLayout>(),
            services.GetRequiredService<ILogger<WorkbookLeadSheet>>());
        return new SheetBackend(workbook, workbook, workbook, workbook, workbook);
    }
}
