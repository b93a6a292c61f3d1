using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Budgeting.Domain.Common;

/// <summary>Whole Korean won. JSON: a bare integer.</summary>
[JsonConverter(typeof(WonJsonConverter))]
public readonly record struct Won(long Value) : IComparable<Won>
{
    /// <summary>A sane ceiling for any single amount: one trillion won (the whole Seoul budget is ≈ 50 trillion).</summary>
    public static readonly Won Ceiling = new(1_000_000_000_000);
    public static readonly Won Zero = new(0);

    public static Won operator +(Won a, Won b) => new(checked(a.Value + b.Value));
    public static Won operator -(Won a, Won b) => new(checked(a.Value - b.Value));
    public static bool operator <(Won a, Won b) => a.Value < b.Value;
    public static bool operator >(Won a, Won b) => a.Value > b.Value;
    public static bool operator <=(Won a, Won b) => a.Value <= b.Value;
    public static bool operator >=(Won a, Won b) => a.Value >= b.Value;
    public int CompareTo(Won other) => Value.CompareTo(other.Value);
    public override string ToString() => Value.ToString("N0", CultureInfo.InvariantCulture) + " KRW";

    public static Won Sum(IEnumerable<Won> amounts) => amounts.Aggregate(Zero, (a, b) => a + b);
}

public sealed class WonJsonConverter : JsonConverter<Won>
{
    public override Won Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var value))
            throw new JsonException("an amount in won must be a whole number");
        return new Won(value);
    }

    public override void Write(Utf8JsonWriter writer, Won value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Value);
}
