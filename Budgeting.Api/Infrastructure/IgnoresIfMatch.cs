namespace Budgeting.Api.Infrastructure;

/// <summary>
/// A write whose route names a record but which never reads If-Match: it starts a stream of its own (a comment, a
/// support, a ballot) or changes no stream at all, so it cannot answer 412. <see cref="ProblemResponses"/> reads it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IgnoresIfMatchAttribute : Attribute;
