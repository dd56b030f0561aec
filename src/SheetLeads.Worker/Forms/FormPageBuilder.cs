using System.Text.Json;
using SheetLeads.Core.Intake;

namespace SheetLeads.Worker.Forms;

/// <summary>Collects a page's submissions, rejected entries and newest time while a preset walks it.</summary>
internal sealed class FormPageBuilder
{
    private readonly List<FormSubmission> _submissions = [];
    private readonly List<FormRejected> _rejected = [];
    private int _leftOut;

    /// <summary>The newest submission time seen so far.</summary>
    public FormTimestamp? Newest { get; private set; }

    public void Add(FormSubmission submission)
    {
        _submissions.Add(submission);
        Newest = FormTimes.Later(Newest, submission.SubmittedAt);
    }

    /// <summary>An entry that is not a submission of this shape; <paramref name="position"/> counts from 1.</summary>
    public void Reject(JsonElement entry, int position, string problem) =>
        _rejected.Add(new FormRejected(SubmissionIds.Digest(entry), position, problem));

    /// <summary>An entry the service marks as not submitted.</summary>
    public void LeaveOut() => _leftOut++;

    public FormPage Build(FormPaging paging) => new(_submissions, _rejected, _leftOut, paging);

    public FormPage Build() => Build(FormPaging.None(Newest));
}
