namespace Broadsheet.Import;

/// <summary>What an import did: its summary line, its log, the files it wrote, and where the report is.</summary>
public sealed record ImportOutcome(string Summary, ImportLog Log, int Created, int Updated, int Unchanged, int Kept, string ReportPath);
