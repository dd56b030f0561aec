using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SheetLeads.Worker.Options;

namespace SheetLeads.Worker.FormApi;

/// <summary>The form channels' HttpClient: one resilience pipeline per channel, built from that channel's options.</summary>
internal static class FormApiServices
{
    public static IServiceCollection AddFormApi(this IServiceCollection services)
    {
        services.AddHttpClient(FormApiHttp.ClientName, client =>
            {
                // Each attempt has the channel's RequestTimeout in the pipeline; the client itself never cuts in.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("SheetLeads/1.0 (+lead capture)");
            })
            .AddResilienceHandler("form-endpoints", (builder, context) =>
            {
                var channel = context.InstanceName;
                var options = context.ServiceProvider.GetRequiredService<IOptions<ChannelsOptions>>().Value.Items
                    .FirstOrDefault(c => c.Name == channel && c.IsKind(ChannelKinds.Form)) ?? new ChannelOptions { Name = channel };
                var settings = new FormApiResilienceSettings(options.RequestTimeout, options.MaxRetries, options.RetryDelay);
                FormApiResilience.Configure(builder, channel, settings, context.ServiceProvider.GetRequiredService<TimeProvider>(),
                    context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger<FormApiChannel>());
            })
            .SelectPipelineBy(_ => FormApiHttp.ChannelOf);
        return services;
    }
}
