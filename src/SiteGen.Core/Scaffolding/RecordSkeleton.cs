using System.Globalization;
using System.Text;

namespace SiteGen.Scaffolding;

/// <summary>
/// The text of a new record: the required fields filled in, then every optional section of the reference
/// record, in its order, as a commented-out example under a one-line <c>## </c> comment saying what it is
/// for. An example line is the YAML it shows with <c># </c> put before it at its own indentation, so deleting
/// that <c># </c> is all it takes to use it; every example is written in both languages and passes
/// <c>sitegen check</c> once uncommented (a test uncomments them all).
/// </summary>
public static class RecordSkeleton
{
    /// <summary>The JSON Schema of a record, relative to the content folder (written by <c>sitegen schema</c>).</summary>
    public const string SchemaFile = Schema.SchemaFiles.RecordPath;

    /// <summary>The first line of a record, which points YAML-aware editors at the schema.</summary>
    public static string SchemaComment(string schemaPath) => $"# yaml-language-server: $schema={schemaPath}";

    public static string Text(NewRecord record)
    {
        var date = record.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var next = ExperimentIds.Next(record.Chapter, [record.Id]) ?? record.Id;
        return $$"""
            {{SchemaComment(record.SchemaPath)}}
            ## Lines starting with "## " explain. Lines starting with "# " are examples: delete the "# " to use one.
            ## Prose is one text for every language, or one per language: a map with zh: and en: under it.
            id: "{{record.Id}}"
            slug: {{record.Slug}}
            chapter: {{record.Chapter.ToString(CultureInfo.InvariantCulture)}}
            title: {{Quoted(record.Title)}}
            date: {{date}}
            ## How long the experiment took: 1.5h, 90m or 1h30m.
            # duration: 1h30m
            ## Who did the experiment.
            # author:
            #   zh: 实验者
            #   en: The experimenter
            ## When the record was finished, local time.
            # completed_at: {{date}} 18:00
            ## Words to find the experiment by on the index.
            # tags: [a-tag, another-tag]
            ## A sentence or two introducing the experiment; the page's description for search engines.
            # description:
            #   zh: 这次实验做什么，验证什么。
            #   en: What the experiment does and what it verifies.

            ## What the experiment sets out to learn; set done and write the outcome once one is reached.
            # objectives:
            #   - text:
            #       zh: 理解……
            #       en: Understand ...
            #     done: false
            #     ## true while you are still working on it: shown as ⏳.
            #     in_progress: true
            #     outcome:
            #       zh: 实验表明……
            #       en: The experiment showed that ...
            #     ## Why it was not (yet) reached.
            #     shortfall:
            #       zh: 缺少……
            #       en: There was no ...

            ## The manifests and scripts the experiment uses: files beside this record, by path from here.
            ## Each one is published, shown on the page and linked from the report.
            # resources:
            #   - {{record.Slug}}.yaml

            ## The environment the experiment ran in: commands and what they printed.
            # environment:
            #   - comment:
            #       zh: 集群版本
            #       en: Cluster version
            #     run: kubectl version
            #     output: |
            #       Client Version: v1.30.0
            #       Server Version: v1.30.0

            ## Mermaid diagrams, each with a title and a sentence for readers who cannot see it.
            # diagrams:
            #   - title:
            #       zh: 架构图
            #       en: Architecture
            #     icon: "📊"
            #     mermaid: |
            #       graph LR
            #           A[Client] --> B[Service]
            #     description:
            #       zh: 客户端通过 Service 访问应用。
            #       en: The client reaches the application through the Service.

            ## The procedure, one numbered step each: what to run, what should happen and what did.
            # steps:
            #   - title:
            #       zh: 第一步
            #       en: First step
            #     duration: 20m
            #     commands:
            #       - comment:
            #           zh: 这条命令做什么
            #           en: What this command does
            #         run: kubectl apply -f manifest.yaml
            #         language: bash
            #     expected:
            #       - zh: 应该发生什么
            #         en: What should happen
            #     actual: |
            #       What the commands really printed
            #     observation_points:
            #       - zh: 运行时要留意什么
            #         en: What to watch while the step runs
            #     record: |
            #       Notes taken while watching: times, names, values
            #     extra_output:
            #       language: text
            #       text: |
            #         Further output
            #     ## Images of what the step showed: files beside this record, by path from here.
            #     screenshots:
            #       - file: images/{{record.Id}}-step-1.png
            #         caption:
            #           zh: 截图说明
            #           en: What the screenshot shows
            #         alt:
            #           zh: 给看不到图片的读者的文字描述
            #           en: The image described for readers who cannot see it
            #     notes:
            #       zh: 关于这一步的说明（Markdown）。
            #       en: Notes about the step (Markdown).

            ## What the experiment showed: key observations, and measurements as a table.
            # results:
            #   observations:
            #     - title:
            #         zh: 观察
            #         en: Observation
            #       phenomenon:
            #         zh: 看到了什么
            #         en: What was seen
            #       cause:
            #         zh: 为什么
            #         en: Why it happened
            #       lesson:
            #         zh: 学到了什么
            #         en: What it teaches
            #   metrics:
            #     - name:
            #         zh: 耗时
            #         en: Time taken
            #       value: "~1 min"
            #       note:
            #         zh: 说明
            #         en: A note
            #   screenshots:
            #     - file: images/{{record.Id}}-result.png
            #       caption:
            #         zh: 结果截图
            #         en: The outcome
            #       alt:
            #         zh: 结果的文字描述
            #         en: The outcome described in words

            ## Problems met on the way, with the cause and the fix; status is resolved, worked-around or open.
            # problems:
            #   - title:
            #       zh: 问题
            #       en: The problem
            #     error: |
            #       The error message exactly as printed
            #     causes:
            #       - zh: 原因
            #         en: A cause
            #     solution:
            #       - zh: 解决步骤
            #         en: A step of the fix
            #     status: resolved
            #     ## The status in your own words, shown instead of the usual ones.
            #     status_text:
            #       zh: ✅ 已解决：换用了本地镜像
            #       en: "✅ Resolved: switched to a local image"

            ## Takeaways: concepts understood, practices worth keeping, questions still open.
            # learnings:
            #   concepts:
            #     - name:
            #         zh: 概念
            #         en: A concept
            #       definition:
            #         zh: 它是什么
            #         en: What it is
            #       use_cases:
            #         zh: 何时使用
            #         en: When to use it
            #       caveats:
            #         zh: 注意事项
            #         en: What to watch out for
            #   practices:
            #     - zh: 一条最佳实践
            #       en: A practice worth keeping
            #   questions:
            #     - text:
            #         zh: 还想弄清楚的问题
            #         en: A question to dig into
            #       done: false

            ## Beyond the plan: variations tried, and notes from reading source code or documentation.
            # exploration:
            #   variants:
            #     - title:
            #         zh: 变体
            #         en: A variation
            #       change:
            #         zh: 改了什么
            #         en: What was changed
            #       observation:
            #         zh: 看到了什么
            #         en: What was seen
            #       conclusion:
            #         zh: 结论
            #         en: What it shows
            #   reading:
            #     - location: path/to/source.go
            #       logic:
            #         zh: 这段代码做什么
            #         en: What the code does
            #       insight:
            #         zh: 由此得到的理解
            #         en: What it teaches

            ## Follow-ups: experiments to do next (by id), knowledge to fill in, where to apply what was learnt.
            # next_steps:
            #   experiments:
            #     - experiment: "{{next}}"
            #       title:
            #         zh: 下一个实验
            #         en: The next experiment
            #       done: false
            #   knowledge:
            #     - text:
            #         zh: 要补的知识
            #         en: Knowledge to fill in
            #       done: false
            #   applications:
            #     - zh: 实际应用场景
            #       en: Where to apply it

            ## Links to further reading: http, https or mailto.
            # references:
            #   - title:
            #       zh: 官方文档
            #       en: Official documentation
            #     url: https://kubernetes.io/docs/

            ## How to remove what the experiment created; status is cleaned, partial or pending.
            # cleanup:
            #   commands:
            #     - comment:
            #         zh: 清理
            #         en: Clean up
            #       run: kubectl delete -f manifest.yaml
            #   status: cleaned
            #   status_text:
            #     zh: ✅ 已清理（命名空间保留）
            #     en: "✅ Cleaned (the namespace is kept)"
            #   note:
            #     zh: 有意保留的资源和原因。
            #     en: What was kept on purpose, and why.

            ## Required: the experiment in one line, then, if you like, in a paragraph or more.
            summary:
              one_line:
                zh: （待写）用一句话总结这次实验。
                en: (To write) The experiment in one sentence.
              # detailed:
              #   zh: 更详细的总结。
              #   en: A longer summary.

            ## Ratings out of five.
            # self_assessment:
            #   knowledge: 4
            #   practice: 4
            #   recommendation: 5

            ## Parts of your own that fit no section above, each shown after the section named by after
            ## (start, info, diagrams, steps, results, problems, learnings, exploration, next-steps, references, cleanup, summary).
            # extra_sections:
            #   - title:
            #       zh: 背景
            #       en: Background
            #     icon: "🧭"
            #     after: start
            #     body:
            #       zh: 为什么做这个实验。
            #       en: Why this experiment.

            """.ReplaceLineEndings("\n");
    }

    /// <summary>A YAML double-quoted scalar: safe for any text, colons, quotes and leading symbols included.</summary>
    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"", text.Length + 2);
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                _ when char.IsControl(c) || c == '\uFEFF' => quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
