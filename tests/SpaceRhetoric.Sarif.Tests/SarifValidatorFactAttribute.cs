namespace SpaceRhetoric.Sarif.Tests;

/// <summary>
/// A fact that needs the SARIF validator at <c>../shared/tools/validate-sarif</c> (relative to the repository
/// root) and npm to install it; skipped with the reason when either is missing.
/// </summary>
public sealed class SarifValidatorFactAttribute : FactAttribute
{
    public SarifValidatorFactAttribute()
    {
        if (SarifValidator.ScriptPath is null)
        {
            Skip = "The SARIF validator ../shared/tools/validate-sarif was not found next to the repository.";
        }
        else if (!SarifValidator.CanRun)
        {
            Skip = "The SARIF validator needs node and npm on PATH (it installs @microsoft/sarif-multitool).";
        }
    }
}
