using Microsoft.Extensions.Options;
using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.Options;

namespace SheetLeads.Worker.Notifications;

/// <summary><c>check</c>'s verdict on notifications: when they are on, the SMTP server is reached and takes the login.</summary>
internal sealed class SmtpCheck(IOptions<NotificationsOptions> options, IOptions<TeamOptions> team) : ICheckable
{
    public async Task<IReadOnlyList<CheckVerdict>> CheckAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.Enabled)
            return [new CheckVerdict("notifications", true, "off (Notifications:Enabled is false); no mails are sent")];
        try
        {
            await using (await SmtpPostbox.OpenAsync(o.Smtp, cancellationToken))
            {
                var login = string.IsNullOrEmpty(o.Smtp.Username) ? "takes mail without a login" : $"accepted the login of {o.Smtp.Username}";
                var manager = team.Value.Manager is { } m ? $"escalations and the {o.DigestAt} digest go to {m}" : "no Team:Manager, so no escalations or digest";
                return [new CheckVerdict("notifications", true, $"the SMTP server {SmtpPostbox.Where(o.Smtp)} ({o.Smtp.Security}) {login}; mails come from {o.From}; {manager}")];
            }
        }
        catch (SmtpUnavailableException e)
        {
            return [new CheckVerdict("notifications", false, e.Message)];
        }
    }
}
