namespace Budgeting.Domain.Pabulib;

/// <summary>A .pb file that cannot be read, with the line (1-based) and section where reading stopped.</summary>
public sealed class PbFormatException(int line, string section, string problem)
    : FormatException($"line {line} ({section}): {problem}")
{
    public int Line { get; } = line;
    public string Section { get; } = section;
    public string Problem { get; } = problem;
}
