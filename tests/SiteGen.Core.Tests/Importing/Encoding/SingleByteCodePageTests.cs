using SiteGen.Importing.Encoding;

namespace SiteGen.Core.Tests.Importing.Encoding;

/// <summary>Our tables agree with the platform's where a character is defined, and name the holes.</summary>
public sealed class SingleByteCodePageTests
{
    [Theory]
    [InlineData(1252)]
    [InlineData(1254)]
    public void Decode_WhenTheByteIsDefined_AgreesWithThePlatformDecoder(int number)
    {
        var page = number == 1252 ? SingleByteCodePage.Windows1252 : SingleByteCodePage.Windows1254;
        var platform = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(number)!;

        for (var value = 0; value < 256; value++)
        {
            if (page.Decode((byte)value) is { } character)
            {
                Assert.Equal(platform.GetString([(byte)value]), character.ToString());
                Assert.True(page.TryEncode(character, out var back));
                Assert.Equal(value, back);
            }
        }
    }

    [Fact]
    public void DroppedBytes_AreTheHolesAndTheSoftHyphen_AllContinuationBytes()
    {
        Assert.Equal([0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E, 0xAD], SingleByteCodePage.Windows1254.DroppedBytes.Select(b => (int)b));
        Assert.Equal([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xAD], SingleByteCodePage.Windows1252.DroppedBytes.Select(b => (int)b));
        Assert.All(SingleByteCodePage.All.SelectMany(p => p.DroppedBytes), b => Assert.InRange(b, 0x80, 0xBF));
    }

    [Fact]
    public void Decode_WhenPagesDiffer_GivesTurkishLettersInWindows1254()
    {
        Assert.Equal("ĞİŞğış", string.Concat(new byte[] { 0xD0, 0xDD, 0xDE, 0xF0, 0xFD, 0xFE }.Select(b => SingleByteCodePage.Windows1254.Decode(b))));
        Assert.Equal("ÐÝÞðýþ", string.Concat(new byte[] { 0xD0, 0xDD, 0xDE, 0xF0, 0xFD, 0xFE }.Select(b => SingleByteCodePage.Windows1252.Decode(b))));
    }

    [Fact]
    public void Mangle_WhenGivenTheLabRecord_MakesExactlyTheMangledFixture()
    {
        Assert.Equal(MojibakeFixture.Mangled, MojibakeMangler.Mangle(MojibakeFixture.Original, SingleByteCodePage.Windows1254));
        Assert.NotEqual(MojibakeFixture.Mangled, MojibakeMangler.Mangle(MojibakeFixture.Original, SingleByteCodePage.Windows1252));
    }
}
