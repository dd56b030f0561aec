using System.Globalization;

namespace SheetLeads.Worker.Files;

/// <summary>A file found in a channel's folder.</summary>
/// <param name="FullPath">Where it is.</param>
/// <param name="RelativePath">Its path below the channel's folder, with '/' separators: the checkpoint key.</param>
/// <param name="Length">Its size when listed.</param>
/// <param name="Modified">Its last write time when listed (the delivery time of a mail file).</param>
internal sealed record FolderFile(string FullPath, string RelativePath, long Length, DateTimeOffset Modified)
{
    /// <summary>Size and time: a file changed after it was taken in is read again (its references dedupe it).</summary>
    public string Stamp => Length.ToString(CultureInfo.InvariantCulture) + ":" + Modified.UtcTicks.ToString(CultureInfo.InvariantCulture);
}
