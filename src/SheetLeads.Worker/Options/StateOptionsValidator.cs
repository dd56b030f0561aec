using Microsoft.Extensions.Options;

namespace SheetLeads.Worker.Options;

internal sealed class StateOptionsValidator : IValidateOptions<StateOptions>
{
    public ValidateOptionsResult Validate(string? name, StateOptions o) =>
        string.IsNullOrWhiteSpace(o.Path)
            ? ValidateOptionsResult.Fail($"{StateOptions.Section}:Path must name the state file, e.g. data/state.db.")
            : ValidateOptionsResult.Success;
}
