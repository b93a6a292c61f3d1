using Budgeting.Domain.Rules;

namespace Budgeting.Tests.Rules;

public class RationalTests
{
    [Theory]
    [InlineData("123", "123")]
    [InlineData("400000.0", "400000")]
    [InlineData("2458488.22", "2458488.22")]
    [InlineData("6/4", "1.5")]
    [InlineData("1/3", "1/3")]
    [InlineData("-0.125", "-0.125")]
    [InlineData("254631/511", "254631/511")]
    public void Parses_exactly_and_prints_integer_decimal_or_fraction(string text, string printed) =>
        Assert.Equal(printed, Rational.Parse(text).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("1,5")]
    [InlineData("1/0")]
    [InlineData("abc")]
    public void Refuses_what_is_not_an_exact_number(string text) => Assert.False(Rational.TryParse(text, out _));

    [Fact]
    public void Arithmetic_is_exact()
    {
        var third = Rational.Parse("1/3");
        Assert.Equal(Rational.One, third + third + third);
        Assert.Equal(Rational.Parse("0.1") + Rational.Parse("0.2"), Rational.Parse("0.3"));
        Assert.True(Rational.Parse("2/3") > Rational.Parse("0.666666666666"));
        Assert.Equal("2458488.22", (Rational.Parse("2458488.22") / 7 * 7).ToString());
    }
}
