namespace SheetLeads.Worker.Tests.EndToEnd;

/// <summary>Small, realistic mails for the end-to-end tests.</summary>
internal static class Mails
{
    public static string Enquiry(string id, string from, string subject, string body, string date = "Mon, 16 Nov 2026 09:15:00 +0000", string extraHeaders = "") => $"""
        Received: from mail.example.com (mail.example.com [192.0.2.1])
        	by mx.brightpath.example (Postfix) with ESMTPS id 4Z{id.GetHashCode(StringComparison.Ordinal) & 0xffff:x}
        	for <enquiries@brightpath.example>; {date}
        From: {from}
        To: enquiries@brightpath.example
        Subject: {subject}
        Date: {date}
        Message-ID: <{id}>
        {extraHeaders}MIME-Version: 1.0
        Content-Type: text/plain; charset="UTF-8"

        {body}
        """;

    public static string AutoReply(string id) => Enquiry(id, "Ops Desk <ops@supplier.example.com>", "Automatic reply: your invoice",
        "I am away until Monday.", extraHeaders: "Auto-Submitted: auto-replied\n");

    /// <summary>A reply the team sent, as a mail client leaves it in the Sent folder.</summary>
    public static string Reply(string id, string to, string inReplyTo, string date, string extraHeaders = "") => $"""
        From: Alice Hart <alice@brightpath.example>
        To: {to}
        Subject: Re: your enquiry
        Date: {date}
        Message-ID: <{id}>
        In-Reply-To: <{inReplyTo}>
        References: <{inReplyTo}>
        {extraHeaders}MIME-Version: 1.0
        Content-Type: text/plain; charset="UTF-8"

        Thanks for getting in touch; we can come round on Thursday.
        """;
}
