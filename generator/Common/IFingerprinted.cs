using Broadsheet.Common;

namespace Broadsheet.Common;

/// <summary>
/// A view value that stands for work not yet done (a body not yet converted, a summary not yet cut): it adds
/// to a fingerprint what the work would be done from, so a page can be compared without doing it.
/// </summary>
public interface IFingerprinted
{
    void AddTo(Fingerprint fingerprint);
}
