#:package NetVips
#:package NetVips.Native
// Writes N camera-size photographs for bench/images.sh: 4000×3000 JPEGs (12 megapixels) at quality 92 with an EXIF block,
// as a camera writes them. Ten different pictures (gradients and noise, which compress like a photograph) are made, and
// each file is one of them with its own comment segment, so every file has other bytes, as every photograph does.
//
//   dotnet run bench/images/make-photos.cs -- OUT_DIR N
using NetVips;

var folder = args[0];
var count = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
Directory.CreateDirectory(folder);
var bases = Enumerable.Range(0, 10).AsParallel().AsOrdered().Select(Picture).ToArray();
Parallel.For(0, count, i =>
{
    var bytes = bases[i % bases.Length];
    // A comment segment after the SOI marker: other bytes, the same picture to decode.
    var comment = System.Text.Encoding.ASCII.GetBytes($"photograph {i:D5}");
    var segment = new byte[] { 0xFF, 0xFE, (byte)((comment.Length + 2) >> 8), (byte)(comment.Length + 2) }.Concat(comment);
    File.WriteAllBytes(Path.Combine(folder, $"p{i:D5}.jpg"), bytes[..2].Concat(segment).Concat(bytes[2..]).ToArray());
});
Console.WriteLine($"{count} photographs of 4000x3000 in {folder}");

static byte[] Picture(int seed)
{
    using var xyz = Image.Xyz(4000, 3000);
    using var noise = Image.Gaussnoise(4000, 3000, sigma: 5 + seed / 2.0, seed: seed);
    using var red = xyz[0] * (255.0 / 4000) + noise;
    using var green = xyz[1] * (255.0 / 3000) + noise * 0.5;
    using var blue = (xyz[0] + xyz[1]) * (127.0 / 7000) + noise + seed * 10;
    using var joined = red.Bandjoin(green, blue);
    using var bytes = joined.Cast(Enums.BandFormat.Uchar);
    using var srgb = bytes.Copy(interpretation: Enums.Interpretation.Srgb);
    using var tagged = srgb.Mutate(m =>
    {
        m.Set(GValue.GIntType, "orientation", 1);
        m.Set(GValue.GStrType, "exif-ifd0-Make", "Bench Camera");
        m.Set(GValue.GStrType, "exif-ifd0-Model", "Twelve Megapixel");
    });
    return tagged.JpegsaveBuffer(q: 92, keep: Enums.ForeignKeep.All);
}
