using Broadsheet.Common;

namespace Broadsheet.Tests.Common;

public sealed class FingerprintTests
{
    [Fact]
    public void Values_run_together_differently_give_different_fingerprints() =>
        Assert.NotEqual(new Fingerprint().Add("ab").Add("c").Hex(), new Fingerprint().Add("a").Add("bc").Hex());

    [Fact]
    public void A_fingerprint_made_after_another_is_finished_starts_afresh()
    {
        var first = new Fingerprint().Add("the miners' strike").Add(1984).Hex();
        var unrelated = new Fingerprint().Add("a longer text that fills the hasher's buffer past its first stripe " + new string('x', 400)).Hex();

        var again = new Fingerprint().Add("the miners' strike").Add(1984).Hex();

        Assert.Equal(first, again);
        Assert.NotEqual(first, unrelated);
    }

    [Fact]
    public void A_finished_fingerprint_gives_its_hex_again_and_takes_nothing_more()
    {
        var fingerprint = new Fingerprint().Add("issue 1");
        var hex = fingerprint.Hex();

        Assert.Equal(hex, fingerprint.Hex());
        Assert.Throws<InvalidOperationException>(() => fingerprint.Add("issue 2"));
    }
}
