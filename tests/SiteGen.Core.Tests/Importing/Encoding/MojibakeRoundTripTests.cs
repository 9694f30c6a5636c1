using SiteGen.Importing.Encoding;
using Xunit.Abstractions;

namespace SiteGen.Core.Tests.Importing.Encoding;

/// <summary>Chinese sentences, mangled here the way our files were, come back nearly whole.</summary>
public sealed class MojibakeRoundTripTests(ITestOutputHelper output)
{
    private static readonly string[] Sentences =
    [
        "我们不是在讨论中文与丝绸之路的历史。",
        "这个实验的目的是理解有状态应用的部署方式。",
        "每个节点都有自己的持久化存储，重启后数据不会丢失。",
        "请先检查配置文件，然后启动服务并观察日志输出。",
        "数据库、消息队列和缓存系统都需要稳定的网络标识。",
        "学生们在图书馆里安静地学习，准备下周的考试。",
        "今天天气很好，我们决定去公园散步。",
        "如果集群中没有可用的存储类，创建将会失败！",
        "他提出了一个重要的问题：如何保证数据的一致性？",
        "政府发布了新的环境保护政策，鼓励企业减少排放。",
    ];

    [Fact]
    public void Repair_WhenChineseSentencesAreMangledThroughEitherPage_RestoresMostDamagedCharacters()
    {
        var (places, right, exact) = (0, 0, 0);
        foreach (var codePage in SingleByteCodePage.All)
        {
            foreach (var sentence in Sentences)
            {
                var repair = MojibakeRepairer.Repair(MojibakeMangler.Mangle(sentence, codePage));

                Assert.Equal(MojibakeRepairOutcome.Repaired, repair.Outcome);
                Assert.Equal(MojibakeFixture.DamagedCharacters(sentence, codePage), repair.Places.Count);
                places += repair.Places.Count;
                right += repair.Places.Count(p => sentence.Substring(p.Column - 1, p.Chosen.Length) == p.Chosen);
                exact += repair.Text == sentence ? 1 : 0;
            }
        }

        output.WriteLine($"{right} of {places} damaged characters right; {exact} of {2 * Sentences.Length} sentences exact");
        Assert.True(right >= 0.85 * places, $"only {right} of {places} damaged characters right");
    }

    [Fact]
    public void Repair_WhenTheDecoderKeptTheSoftHyphen_AsPythonAndDotNetDo_StillRepairs()
    {
        // 中 is E4 B8 AD: a decoder that keeps 0xAD leaves U+00AD in the text, and only the holes lost bytes.
        const string Sentence = "如果集群中没有可用的存储类，创建将会失败！";
        var mangled = MojibakeMangler.Mangle(Sentence, SingleByteCodePage.Windows1252.KeepingSoftHyphen());
        Assert.Contains('\u00AD', mangled);

        var repair = MojibakeRepairer.Repair(mangled);

        Assert.Equal(MojibakeRepairOutcome.Repaired, repair.Outcome);
        Assert.Equal(Sentence, repair.Text);
    }

    [Fact]
    public void Repair_WhenTheWholeDocumentIsMangledAndRepaired_MangledAgainGivesTheInput()
    {
        var mangled = MojibakeFixture.Mangled;

        var repair = MojibakeRepairer.Repair(mangled);

        Assert.Equal(mangled, MojibakeMangler.Mangle(repair.Text, SingleByteCodePage.Windows1254));
    }
}
