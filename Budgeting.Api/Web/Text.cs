namespace Budgeting.Api.Web;

/// <summary>
/// The pages' strings: <c>Text.resx</c> in Korean (the neutral language) and <c>Text.en.resx</c> in English. A key missing
/// from either fails <c>TranslationTests</c>.
/// </summary>
public sealed class Text;
