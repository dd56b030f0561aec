namespace SheetLeads.Core.Intake;

/// <summary>The lead fields a labelled form answer can fill.</summary>
public enum LeadField
{
    /// <summary>Full name.</summary>
    Name,
    /// <summary>Given name, joined with <see cref="LastName"/> when no full name is given.</summary>
    FirstName,
    /// <summary>Family name.</summary>
    LastName,
    /// <summary>E-mail address (a <c>Name &lt;address&gt;</c> value also gives the name).</summary>
    Email,
    /// <summary>Phone number.</summary>
    Phone,
    /// <summary>Company.</summary>
    Company,
    /// <summary>The enquiry text.</summary>
    Message,
}
