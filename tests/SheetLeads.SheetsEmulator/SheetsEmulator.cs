using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SheetLeads.SheetsEmulator.Http;
using SheetLeads.SheetsEmulator.Model;

namespace SheetLeads.SheetsEmulator;

/// <summary>A Google Sheets v4 REST emulator on 127.0.0.1, with an OAuth2 token endpoint.</summary>
public sealed class SheetsEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorCore _core;

    private SheetsEmulator(WebApplication app, EmulatorCore core, Uri baseUri)
    {
        _app = app;
        _core = core;
        BaseUri = baseUri;
    }

    /// <summary>Starts Kestrel on 127.0.0.1 (a free port unless <see cref="EmulatorOptions.Port"/>).</summary>
    public static async Task<SheetsEmulator> StartAsync(EmulatorOptions? options = null)
    {
        options ??= new EmulatorOptions();
        var core = new EmulatorCore(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        app.Run(context =>
        {
            var path = context.Request.Path.Value ?? "";
            if (path == "/token" && HttpMethods.IsPost(context.Request.Method))
                return TokenEndpoint.HandleAsync(context, core);
            if (path == StateEndpoint.Path)
                return StateEndpoint.HandleAsync(context, core);
            return ApiEndpoint.HandleAsync(context, core);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        var baseUri = new Uri($"http://127.0.0.1:{port}/");
        core.TokenUri = new Uri(baseUri, "token");
        return new SheetsEmulator(app, core, baseUri);
    }

    /// <summary>The Sheets API root, "http://127.0.0.1:PORT/"; clients append "v4/spreadsheets/...".</summary>
    public Uri BaseUri { get; }

    /// <summary>The token endpoint, "http://127.0.0.1:PORT/token".</summary>
    public Uri TokenUri => _core.TokenUri;

    /// <summary>Faults to inject.</summary>
    public FaultPlan Faults => _core.Faults;

    /// <summary>Requests seen.</summary>
    public RequestLog Requests => _core.Log;

    /// <summary>A person acting between the worker's read and write.</summary>
    public PersonHooks Person => _core.Person;

    /// <summary>Registers a new service account with a fresh RSA key; its key file's token_uri is this emulator.</summary>
    public ServiceAccount CreateServiceAccount(string email = "sheetleads@test-project.iam.gserviceaccount.com")
    {
        lock (_core.Gate)
            return _core.Accounts.Create(email, TokenUri);
    }

    /// <summary>Creates a spreadsheet with these tabs (default "Sheet1"), each 1000 rows x 26 columns, shared with nobody.</summary>
    public EmulatedSpreadsheet CreateSpreadsheet(string? id = null, params string[] tabs)
    {
        id ??= NewId();
        lock (_core.Gate)
        {
            if (_core.Spreadsheets.ContainsKey(id))
                throw new InvalidOperationException($"Spreadsheet {id} exists already.");
            var state = new SpreadsheetState(id, "SheetLeads test " + id, _core.NextSeed());
            var titles = tabs is { Length: > 0 } ? tabs : ["Sheet1"];
            for (var i = 0; i < titles.Length; i++)
                state.AddSheet(titles[i], i == 0 ? 0 : null);
            _core.Spreadsheets[id] = state;
        }
        return new EmulatedSpreadsheet(_core, id);
    }

    /// <summary>An existing spreadsheet.</summary>
    public EmulatedSpreadsheet Spreadsheet(string id)
    {
        lock (_core.Gate)
            _core.Get(id);
        return new EmulatedSpreadsheet(_core, id);
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string NewId()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        return "1" + new string(RandomNumberGenerator.GetItems(alphabet.AsSpan(), 43));
    }
}
