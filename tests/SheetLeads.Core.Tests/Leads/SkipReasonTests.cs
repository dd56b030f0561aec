using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Tests.Leads;

public sealed class SkipReasonTests
{
    [Theory]
    [InlineData(SkipReason.Unparseable, "unparseable")]
    [InlineData(SkipReason.Spam, "spam")]
    [InlineData(SkipReason.OwnNotification, "own-notification")]
    [InlineData(SkipReason.Bounce, "bounce")]
    [InlineData(SkipReason.AutoReply, "auto-reply")]
    [InlineData(SkipReason.Bulk, "bulk")]
    [InlineData(SkipReason.OwnDomain, "own-domain")]
    public void Skip_reasons_are_spelled_exactly_as_spec_spells_them(SkipReason reason, string text)
    {
        Assert.Equal(text, reason.ToText());
    }
}
