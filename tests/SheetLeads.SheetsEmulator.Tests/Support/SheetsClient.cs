using Google.Apis.Discovery;
using Google.Apis.Requests;
using Google.Apis.Services;
using Google.Apis.Util;
using Newtonsoft.Json.Linq;

namespace SheetLeads.SheetsEmulator.Tests.Support;

/// <summary>The smallest Google.Apis client for Sheets (there is no generated Sheets package here): what the worker's client does.</summary>
internal sealed class SheetsClient(BaseClientService.Initializer initializer) : BaseClientService(initializer)
{
    public override string Name => "sheets";

    public override string BaseUri => GetEffectiveUri(BaseUriOverride, "https://sheets.googleapis.com/");

    public override string BasePath => "";

    public override IList<string> Features => [];

    public override string BatchUri => BaseUri + "batch";

    public override string BatchPath => "batch";

    /// <summary>POST v4/spreadsheets/{spreadsheetId}/values/{range}:append.</summary>
    public sealed class Append : ClientServiceRequest<JObject>
    {
        private readonly JObject _body;

        public Append(IClientService service, string spreadsheetId, string range, JObject body)
            : base(service)
        {
            SpreadsheetId = spreadsheetId;
            Range = range;
            _body = body;
            InitParameters();
        }

        [RequestParameter("spreadsheetId", RequestParameterType.Path)]
        public string SpreadsheetId { get; }

        [RequestParameter("range", RequestParameterType.Path)]
        public string Range { get; }

        [RequestParameter("valueInputOption", RequestParameterType.Query)]
        public string ValueInputOption { get; set; } = "RAW";

        public override string MethodName => "append";

        public override string HttpMethod => "POST";

        public override string RestPath => "v4/spreadsheets/{spreadsheetId}/values/{range}:append";

        protected override object GetBody() => _body;

        protected override void InitParameters()
        {
            base.InitParameters();
            RequestParameters.Add("spreadsheetId", new Parameter { Name = "spreadsheetId", IsRequired = true, ParameterType = "path" });
            RequestParameters.Add("range", new Parameter { Name = "range", IsRequired = true, ParameterType = "path" });
            RequestParameters.Add("valueInputOption", new Parameter { Name = "valueInputOption", IsRequired = false, ParameterType = "query" });
        }
    }

    /// <summary>GET v4/spreadsheets/{spreadsheetId}/values:batchGet.</summary>
    public sealed class BatchGet : ClientServiceRequest<JObject>
    {
        public BatchGet(IClientService service, string spreadsheetId, Repeatable<string> ranges)
            : base(service)
        {
            SpreadsheetId = spreadsheetId;
            Ranges = ranges;
            InitParameters();
        }

        [RequestParameter("spreadsheetId", RequestParameterType.Path)]
        public string SpreadsheetId { get; }

        [RequestParameter("ranges", RequestParameterType.Query)]
        public Repeatable<string> Ranges { get; }

        public override string MethodName => "batchGet";

        public override string HttpMethod => "GET";

        public override string RestPath => "v4/spreadsheets/{spreadsheetId}/values:batchGet";

        protected override void InitParameters()
        {
            base.InitParameters();
            RequestParameters.Add("spreadsheetId", new Parameter { Name = "spreadsheetId", IsRequired = true, ParameterType = "path" });
            RequestParameters.Add("ranges", new Parameter { Name = "ranges", IsRequired = false, ParameterType = "query" });
        }
    }
}
