namespace Budgeting.Domain.Common;

/// <summary>Edge checks shared by commands: each returns the first rule a value breaks, or null.</summary>
public static class Validation
{
    public static Rejection? Text(string field, string? value, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
            return min > 0 ? Rejection.Invalid(field, "required", $"{field} is required") : null;
        var length = value.Trim().Length;
        if (length < min) return Rejection.Invalid(field, "min-length", $"{field} must have at least {min} characters").With(("min", min));
        if (length > max) return Rejection.Invalid(field, "max-length", $"{field} must have at most {max} characters").With(("max", max));
        return null;
    }

    public static Rejection? PositiveWon(string field, long? value)
    {
        if (value is null) return Rejection.Invalid(field, "required", $"{field} is required (whole won)");
        if (value <= 0) return Rejection.Invalid(field, "positive", $"{field} must be a positive amount of won");
        if (value > Won.Ceiling.Value)
            return Rejection.Invalid(field, "ceiling", $"{field} must not exceed {Won.Ceiling.Value} won").With(("max", Won.Ceiling.Value));
        return null;
    }

    public static Rejection? FirstOf(params Rejection?[] checks) => checks.FirstOrDefault(c => c is not null);
}
