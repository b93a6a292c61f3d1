using System.Globalization;
using System.Numerics;

namespace Budgeting.Domain.Rules;

/// <summary>An exact fraction, always normalized: the denominator is positive and shares no factor with the numerator.</summary>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private readonly BigInteger _denominator;

    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("a rational needs a non-zero denominator");
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero) (numerator, denominator) = (numerator / gcd, denominator / gcd);
        Numerator = numerator;
        _denominator = numerator.IsZero ? BigInteger.One : denominator;
    }

    public BigInteger Numerator { get; }
    public BigInteger Denominator => _denominator.IsZero ? BigInteger.One : _denominator;

    public static readonly Rational Zero = new(0, 1);
    public static readonly Rational One = new(1, 1);

    public int Sign => Numerator.Sign;
    public bool IsInteger => Denominator.IsOne;

    public static implicit operator Rational(long value) => new(value, 1);
    public static implicit operator Rational(BigInteger value) => new(value, 1);

    public static Rational operator +(Rational a, Rational b) =>
        a.Denominator == b.Denominator
            ? new(a.Numerator + b.Numerator, a.Denominator)
            : new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) => a + -b;
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);
    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) => b.Numerator.IsZero
        ? throw new DivideByZeroException("division of a rational by zero")
        : new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;
    public static Rational Sum(IEnumerable<Rational> values) => values.Aggregate(Zero, (total, v) => total + v);

    public int CompareTo(Rational other) => Denominator == other.Denominator
        ? Numerator.CompareTo(other.Numerator)
        : (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;
    public override bool Equals(object? obj) => obj is Rational other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>The nearest double, to a few units in the last place: for estimates only, never for decisions.</summary>
    public double ToDouble()
    {
        var shift = (int)Math.Max(0, Math.Max(Numerator.GetBitLength(), Denominator.GetBitLength()) - 1000);
        return shift == 0
            ? (double)Numerator / (double)Denominator
            : (double)(Numerator >> shift) / (double)(Denominator >> shift);
    }

    /// <summary>Integer, "400000.0"-style decimal, or "p/q"; an optional leading minus sign.</summary>
    public static Rational Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not an exact number");

    public static bool TryParse(string? text, out Rational value)
    {
        value = Zero;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        var slash = s.IndexOf('/');
        if (slash >= 0)
        {
            if (!TryParseDecimal(s[..slash], out var p) || !TryParseDecimal(s[(slash + 1)..], out var q) || q.Sign == 0)
                return false;
            value = p / q;
            return true;
        }
        return TryParseDecimal(s, out value);
    }

    private static bool TryParseDecimal(string s, out Rational value)
    {
        value = Zero;
        var negative = s.StartsWith('-');
        var digits = negative || s.StartsWith('+') ? s[1..] : s;
        var dot = digits.IndexOf('.');
        var whole = dot < 0 ? digits : digits[..dot];
        var fraction = dot < 0 ? "" : digits[(dot + 1)..];
        if (whole.Length + fraction.Length == 0 || !(whole + fraction).All(char.IsAsciiDigit)) return false;
        var numerator = BigInteger.Parse("0" + whole + fraction, CultureInfo.InvariantCulture);
        value = new Rational(negative ? -numerator : numerator, BigInteger.Pow(10, fraction.Length));
        return true;
    }

    /// <summary>Exact text: an integer, a terminating decimal, or "p/q".</summary>
    public override string ToString()
    {
        if (IsInteger) return Numerator.ToString(CultureInfo.InvariantCulture);
        var (twos, fives) = (PowerIn(Denominator, 2), PowerIn(Denominator, 5));
        if (!(Denominator / BigInteger.Pow(2, twos) / BigInteger.Pow(5, fives)).IsOne)
            return $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";
        var places = Math.Max(twos, fives);
        var scaled = BigInteger.Abs(Numerator) * BigInteger.Pow(10, places) / Denominator;
        var digits = scaled.ToString(CultureInfo.InvariantCulture).PadLeft(places + 1, '0');
        return (Sign < 0 ? "-" : "") + digits[..^places] + "." + digits[^places..];
    }

    private static int PowerIn(BigInteger value, int prime)
    {
        var power = 0;
        while ((value % prime).IsZero) (value, power) = (value / prime, power + 1);
        return power;
    }
}
