using System.Reflection;
using Marten.Schema;

namespace Budgeting.Projections;

/// <summary>
/// A member copied into a column of its own beside the JSON, as Marten's duplicated fields are, without an index of its
/// own: a column a query reads once another index has found the rows (Marten indexes every duplicated field it is told
/// of through <c>Duplicate</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class UnindexedColumnAttribute : MartenAttribute
{
    public override void Modify(DocumentMapping mapping, MemberInfo member) => mapping.DuplicateField(member.Name);
}
