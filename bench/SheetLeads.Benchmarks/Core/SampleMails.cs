using SheetLeads.Core.Intake;

namespace SheetLeads.Benchmarks.Core;

/// <summary>
/// Enquiry mails as the Worker's mail reader hands them to Core: the header fields a real delivery carries (hops,
/// authentication results, DKIM), decoded bodies and the addresses already split.
/// </summary>
internal static class SampleMails
{
    private static readonly DateTimeOffset Sent = new(2026, 11, 23, 9, 41, 12, TimeSpan.Zero);

    /// <summary>A customer writing from Gmail in plain text, with a phone line and a signature.</summary>
    public static MailMessage PlainText() => Mail(
        from: ("Siobhán O'Connor", "siobhan.oconnor@gmail.com"),
        subject: "Boiler losing pressure - quote for repair or replacement?",
        messageId: "CAJx9kT2vN4mPq8rZ1wY@mail.gmail.com",
        contentType: "text/plain; charset=\"UTF-8\"",
        text: """
            Hi there,

            Our combi boiler (Worcester Bosch, about 12 years old) keeps losing pressure. I top it up to 1.5 bar
            on a Sunday and by Wednesday it is down to 0.5 and the heating goes off. There is no visible leak
            under the boiler or around the radiators that I can find, although the pressure relief pipe outside
            sometimes drips.

            Could you let me know whether it is worth repairing, or if we should be looking at a replacement? If
            replacement, a rough price for a like-for-like combi would help. We are in a three-bed semi with ten
            radiators and one bathroom plus an en-suite shower.

            I work from home on Mondays and Thursdays so either of those would be best for a visit.

            Phone: 07700 900461

            Many thanks,
            Siobhán

            --
            Siobhán O'Connor
            14 Larch Close, Harrogate HG2 7QT

            Sent from my iPhone
            """,
        html: null);

    /// <summary>A customer writing from Outlook in HTML only: Word markup, a style block, a signature table and a disclaimer.</summary>
    public static MailMessage Html() => Mail(
        from: ("Graham Fletcher", "graham.fletcher@fletcherandsons-builders.co.uk"),
        subject: "Plumbing package for two new-build houses, Mill Lane",
        messageId: "DB9PR04MB8421F3C27A1E5B0C9D1F6A7E8B2C4@DB9PR04MB8421.eurprd04.prod.outlook.com",
        contentType: "text/html; charset=\"us-ascii\"",
        text: null,
        html: """
            <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
            <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
            <!--[if !mso]><style>v\:* {behavior:url(#default#VML);}
            o\:* {behavior:url(#default#VML);}
            w\:* {behavior:url(#default#VML);}
            .shape {behavior:url(#default#VML);}
            </style><![endif]--><style><!--
            /* Font Definitions */
            @font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
            @font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
            @font-face {font-family:Aptos;}
            /* Style Definitions */
            p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}
            a:link, span.MsoHyperlink {mso-style-priority:99; color:#467886; text-decoration:underline;}
            span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Aptos",sans-serif; color:windowtext;}
            .MsoChpDefault {mso-style-type:export-only; font-size:10.0pt; mso-ligatures:none;}
            @page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
            div.WordSection1 {page:WordSection1;}
            --></style><!--[if gte mso 9]><xml>
            <o:shapedefaults v:ext="edit" spidmax="1026" />
            </xml><![endif]--><!--[if gte mso 9]><xml>
            <o:shapelayout v:ext="edit">
            <o:idmap v:ext="edit" data="1" />
            </o:shapelayout></xml><![endif]-->
            </head>
            <body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
            <div class="WordSection1">
            <p class="MsoNormal"><span style="font-size:11.0pt">Good morning,<o:p></o:p></span></p>
            <p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>
            <p class="MsoNormal"><span style="font-size:11.0pt">We are building two detached houses on Mill Lane, Knaresborough (plots 3 and 4) and are
            looking for a plumbing and heating contractor for first and second fix. Each house has:<o:p></o:p></span></p>
            <ul style="margin-top:0cm" type="disc">
            <li class="MsoNormal" style="margin-left:0cm;mso-list:l0 level1 lfo1"><span style="font-size:11.0pt">an air source heat pump with a 250&nbsp;litre cylinder<o:p></o:p></span></li>
            <li class="MsoNormal" style="margin-left:0cm;mso-list:l0 level1 lfo1"><span style="font-size:11.0pt">underfloor heating downstairs (approx. 95&nbsp;m&sup2;) and radiators upstairs<o:p></o:p></span></li>
            <li class="MsoNormal" style="margin-left:0cm;mso-list:l0 level1 lfo1"><span style="font-size:11.0pt">a family bathroom, two en-suites and a downstairs WC<o:p></o:p></span></li>
            </ul>
            <p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>
            <p class="MsoNormal"><span style="font-size:11.0pt">First fix would be from the week of 11&nbsp;January. Drawings and the M&amp;E spec are on our
            <a href="https://fletcherandsons-builders.co.uk/tenders/mill-lane">tender page</a>. Could you let us have a price by the end of the month, and say whether
            you could resource both plots at once?<o:p></o:p></span></p>
            <p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>
            <p class="MsoNormal"><span style="font-size:11.0pt">Kind regards,<o:p></o:p></span></p>
            <p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>
            <table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
            <tr>
            <td width="96" valign="top" style="width:72.0pt;padding:0cm 5.4pt 0cm 5.4pt">
            <p class="MsoNormal"><img width="80" height="80" style="width:.8333in;height:.8333in" id="Picture_x0020_1" src="cid:image001.png@01DB3D2A.5E1F0C70" alt="Fletcher &amp; Sons"><o:p></o:p></p>
            </td>
            <td valign="top" style="padding:0cm 5.4pt 0cm 5.4pt">
            <p class="MsoNormal"><b><span style="font-size:10.0pt;color:#1F3864">Graham Fletcher</span></b><span style="font-size:10.0pt"><br>
            Contracts Manager<br>
            Fletcher &amp; Sons Builders Ltd<br>
            T: 01423 860 412 | M: 07700 900 733<br>
            <a href="https://fletcherandsons-builders.co.uk">fletcherandsons-builders.co.uk</a><o:p></o:p></span></p>
            </td>
            </tr>
            </table>
            <p class="MsoNormal"><span style="font-size:7.5pt;color:gray">This e-mail and any attachments are confidential and intended solely for the addressee. If you
            have received it in error please notify the sender and delete it. Fletcher &amp; Sons Builders Ltd, registered in England No. 04123987.<o:p></o:p></span></p>
            </div>
            </body>
            </html>
            """);

    /// <summary>A Contact Form 7 notification the website sends from the business's own domain, the customer in Reply-To.</summary>
    public static MailMessage FormNotification() => Mail(
        from: ("Brightpath Plumbing", "wordpress@brightpath.co.uk"),
        subject: "Brightpath Plumbing \"Request a callback\"",
        messageId: "8fT2kqL0c1Xy7Zp3@brightpath.co.uk",
        contentType: "text/plain; charset=UTF-8",
        replyTo: ("Priya Shah", "priya.shah@outlook.com"),
        text: """
            From: Priya Shah <priya.shah@outlook.com>
            Subject: Request a callback

            Your name: Priya Shah
            Your email: priya.shah@outlook.com
            Phone number: 0113 496 0821
            Postcode: LS6 2AB
            How can we help: The kitchen tap has been dripping for weeks and now the cold water pipe under the sink
            is leaking at the joint too. Could someone come this week? Mornings are best.
            How did you hear about us: Google

            --
            This e-mail was sent from a contact form on Brightpath Plumbing (https://brightpath.co.uk)
            """,
        html: null);

    private static MailMessage Mail(
        (string Name, string Address) from,
        string subject,
        string messageId,
        string contentType,
        string? text,
        string? html,
        (string Name, string Address)? replyTo = null)
    {
        var fromText = $"\"{from.Name}\" <{from.Address}>";
        var domain = from.Address[(from.Address.IndexOf('@', StringComparison.Ordinal) + 1)..];
        var headers = new List<MailHeader>
        {
            new("Return-Path", $"<{from.Address}>"),
            new("Delivered-To", "enquiries@brightpath.co.uk"),
            new("Received", "from mx.brightpath.co.uk by imap.brightpath.co.uk with LMTP id 6JjzJ0CkQWcUOwAA; Mon, 23 Nov 2026 09:41:15 +0000"),
            new("Received", $"from mail-out.{domain} (mail-out.{domain} [203.0.113.25]) by mx.brightpath.co.uk (Postfix) with ESMTPS id 4Zx1Q2b3c4; Mon, 23 Nov 2026 09:41:14 +0000 (GMT)"),
            new("Received", $"by mail-out.{domain} with SMTP id a640c23a62f3a-7b2c5d8e9f0so4412345a12.3; Mon, 23 Nov 2026 01:41:13 -0800 (PST)"),
            new("Authentication-Results", $"mx.brightpath.co.uk; dkim=pass header.d={domain}; spf=pass smtp.mailfrom={from.Address}; dmarc=pass header.from={domain}"),
            new("DKIM-Signature", $"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=20230601; t=1795426873; x=1796031673; h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to; bh=Xb4k9vJ3tL0sYpQ2r8wN1mZcH7eA5uF6gD3iK0oP2qU=; b=Rk3L0p9sVxT2n8Qy1wZb4Hc7Jd5Fe6Gf3Ig0Kh2Lj9Mk8Nl7Om6Pn5Qo4Rp3Sq2Tr1Us0Vt9Wu8Xv7Yw6Zx5Ay4Bz3Ca2Db1Ec0Fd9Ge8Hf7Ig6Jh5Ki4Lj3Mk2Nl1Om0"),
            new("X-Spam-Status", "No, score=-0.1 required=5.0 tests=DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,SPF_PASS autolearn=ham"),
            new("MIME-Version", "1.0"),
            new("From", fromText),
            new("Date", "Mon, 23 Nov 2026 09:41:12 +0000"),
            new("Message-ID", $"<{messageId}>"),
            new("Subject", subject),
            new("To", "enquiries@brightpath.co.uk"),
            new("Content-Type", contentType),
            new("Content-Transfer-Encoding", "quoted-printable"),
        };
        if (replyTo is { } r)
            headers.Add(new MailHeader("Reply-To", $"\"{r.Name}\" <{r.Address}>"));
        return new MailMessage
        {
            RawDigest = "3b9f0c1e7a4d2b8f6e5c1a9d0b7e3f2c4a6d8e1f0b9c7a5e3d2f1b0c9a8e7d6f",
            HasHeaders = true,
            MessageId = messageId,
            Headers = headers,
            From = new MailAddress(from.Name, from.Address),
            ReplyTo = replyTo is { } to ? [new MailAddress(to.Name, to.Address)] : [],
            Subject = subject,
            Date = Sent,
            ReceivedDates = [Sent.AddSeconds(1), Sent.AddSeconds(2), Sent.AddSeconds(3)],
            DeliveredAt = Sent.AddSeconds(4),
            TextBody = text,
            HtmlBody = html,
        };
    }
}
