using CsCheck;
using SiteGen.Importing.Encoding;

namespace SiteGen.Core.Tests.Importing.Encoding;

/// <summary>Mojibake is found where it is, and genuine text in any script is left alone.</summary>
public sealed class MojibakeDetectorTests
{
    [Fact]
    public void Detect_WhenTheLabRecordWasMangled_NamesTheTurkishPageAndTheFirstPlace()
    {
        var finding = MojibakeDetector.Detect(MojibakeFixture.Mangled);

        Assert.NotNull(finding);
        Assert.Equal("windows-1254", finding.CodePage);
        Assert.Equal((1, 3), (finding.Line, finding.Column));
        Assert.StartsWith("å®éªŒè®°å½•", finding.Mangled);
        Assert.StartsWith("实验记录", finding.Repaired);
        Assert.Equal(MojibakeFixture.DamagedCharacters(MojibakeFixture.Original, SingleByteCodePage.Windows1254), finding.DamagedPlaceCount);
        Assert.Equal(MojibakeFixture.Original.Count(c => c > 0x7F && !char.IsLowSurrogate(c)), finding.MangledCharacterCount);
    }

    [Fact]
    public void Detect_WhenTextWasMangledThroughWindows1252_NamesThatPage()
    {
        var mangled = MojibakeMangler.Mangle("Þórður sagði: “naïve” 📋 实验", SingleByteCodePage.Windows1252);

        var finding = MojibakeDetector.Detect(mangled);

        Assert.Equal("windows-1252", finding?.CodePage);
    }

    [Fact]
    public void Detect_WhenTheFirstMangledCharacterIsOnALaterLine_GivesItsLineAndColumn()
    {
        var text = "# Title\n\nSee: " + MojibakeMangler.Mangle("实验记录", SingleByteCodePage.Windows1254);

        var finding = MojibakeDetector.Detect(text);

        Assert.Equal((3, 6), (finding?.Line, finding?.Column));
        Assert.Equal("实验记录", finding?.Repaired);
    }

    [Theory]
    [InlineData("plain ASCII text, with (punctuation) and 42 digits.")]
    [InlineData("Größe über Straße: „Anführungszeichen“ – für Äpfel, Öl und Übermut…")]
    [InlineData("« Déjà vu », à l’hôtel : café crème, naïveté, où ça ? Voilà\u00A0!")]
    [InlineData("İstanbul’da çalışıyoruz; ağaç, şişe, Ğ ve ı harfleri, öğrenci, üzüm.")]
    [InlineData("emoji 📋 ✅ ⭐ ❌ 🔍 📝 👍🏽 👨‍👩‍👧")]
    [InlineData("Ça coûte 20 € — 5 % de réduction ; température 25 °C ± 2, © 2024™")]
    public void Detect_WhenTextIsGenuine_FindsNothing(string text)
    {
        Assert.Null(MojibakeDetector.Detect(text));
    }

    [Fact]
    public void Detect_WhenTheTextIsTheCleanOriginal_FindsNothing()
    {
        Assert.Null(MojibakeDetector.Detect(MojibakeFixture.Original));
    }

    [Fact]
    public void Detect_WhenEuropeanWordsAreStrungTogetherAtRandom_FindsNothing()
    {
        string[] words =
        [
            "café", "crème", "déjà", "à", "où", "ça", "garçon", "élève", "naïve", "Noël", "hôtel", "forêt", "coûte",
            "«", "»", "\u00A0»", "«\u00A0", "…", "–", "—", "€", "°C", "©", "’", "“", "”", "„", "‚", "¿Qué?", "¡Olé!",
            "Größe", "über", "Straße", "Fuß", "Mädchen", "schön", "Übel", "Ökonomie", "Ärger", "Maß“",
            "İstanbul", "çalışmak", "ağaç", "şişe", "ığdır", "Ğ", "öğrenci", "üzüm", "Şubat", "Çarşamba",
            "año", "señor", "niño", "acción", "Ångström", "æble", "øre", "½", "¼", "×", "÷", "±", "µm", "§",
        ];
        Gen.Int[0, words.Length - 1].Array[1, 40]
            .Select(picks => string.Join(' ', picks.Select(i => words[i])))
            .Sample(text => MojibakeDetector.Detect(text) is null, iter: 2000);
    }
}
