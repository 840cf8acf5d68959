namespace Broadsheet.Common;

/// <summary>
/// A value kept for messages only, such as where a record was written, named from the working folder: no page shows it,
/// so fingerprints leave it out, and a build run from another folder keeps what the last one made.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property, Inherited = false)]
public sealed class MessagesOnlyAttribute : Attribute;
