using Budgeting.Domain.Comments;

namespace Budgeting.Tests.Participation.Decisions;

public class CommentBodyTests
{
    [Fact]
    public void unpaired_surrogates_are_refused()
    {
        Assert.Equal("well-formed", CommentBody.Check("body", "lone " + (char)0xD800 + " surrogate")!.Rule);
        Assert.Equal("well-formed", CommentBody.Check("body", "swapped " + (char)0xDC00 + (char)0xD800 + " pair")!.Rule);
    }

    [Theory]
    [InlineData("isolate \u2067 inside", "no-bidi-controls")]
    [InlineData("null \0 byte", "no-control-characters")]
    public void hostile_text_is_refused_naming_the_rule(string body, string rule) => Assert.Equal(rule, CommentBody.Check("body", body)!.Rule);

    [Fact]
    public void line_breaks_tabs_hangul_and_emoji_pass_and_hash_as_stored()
    {
        const string body = "  첫 줄\r\n둘째 줄\t🙂  ";
        Assert.Null(CommentBody.Check("body", body));
        Assert.Equal("첫 줄\n둘째 줄\t🙂", CommentBody.Clean(body));
        Assert.Matches("^[0-9a-f]{64}$", CommentBody.Sha256(CommentBody.Clean(body)));
        Assert.Equal(CommentBody.Sha256("첫 줄\n둘째 줄\t🙂"), CommentBody.Sha256(CommentBody.Clean(body)));
    }
}
