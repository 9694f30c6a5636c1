namespace SiteGen.Scaffolding;

/// <summary>The text of the files <c>sitegen init</c> writes (<see cref="SiteScaffolder"/>).</summary>
internal static class NewSiteFiles
{
    public const string SiteYaml = """
        # The site as a whole. Every key is described in SiteGen's README ("site.yaml reference").
        # Text that readers see is given per language: one line per language code below.

        # The site's name: the home page's heading and the title in every page's header.
        title:
          zh: 我的实验笔记
          en: My lab notebook

        # A line under the title on the home page (inline Markdown). Without it, the home page says what it lists.
        tagline:
          zh: 我动手做过的实验，以及从中学到的东西。
          en: The experiments I ran, and what I learnt from them.

        # The footer of every page (inline Markdown; links as full URLs). Without it: "Built with SiteGen".
        # footer:
        #   zh: 笔记以 [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/deed.zh-hans) 许可发布
        #   en: Notes licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)

        # The languages, in the order they are listed. code: the folder of its pages (zh/, en/) and the key of
        # its text; locale: the BCP 47 tag pages declare (defaults to code); name: shown in the language switcher.
        languages:
          - code: zh
            locale: zh-CN
            name: 中文
          - code: en
            locale: en
            name: English

        # The language the site's root page sends readers to first.
        default_language: zh

        # The address the site is published at, ending in /: canonical links, hreflang alternates and
        # sitemap.xml need it. On GitHub Pages: https://USER.github.io/REPOSITORY/ (or your own domain).
        # Leave it empty ("") until you know it: the site works without it, with no sitemap.
        base_url: ""

        # The chapters. A record names its chapter by number and lives in experiments/NN-slug/
        # (for chapter 1 below: experiments/01-getting-started/). Add one with a new number, slug and title.
        chapters:
          - number: 1
            slug: getting-started
            title:
              zh: 入门
              en: Getting started

        # How a tag is shown in each language, by the tag as records write it; its URL keeps the tag.
        # A tag not listed is shown as written.
        # tags:
        #   statefulset: {zh: 有状态应用, en: StatefulSet}

        """;

    public const string GitIgnore = """
        # What sitegen build writes: the site, and its bookkeeping (lock, build cache) beside it.
        /site/
        .sitegen/

        """;

    /// <summary>
    /// Builds with the SiteGen tool and publishes with GitHub's own Pages actions. The tool comes from the
    /// NuGet feed named in SITEGEN_SOURCE (nuget.org when empty).
    /// </summary>
    public const string PagesWorkflow = """
        # Builds the site with SiteGen and publishes it to GitHub Pages on every push to main.
        # Once: in the repository's Settings > Pages, set "Source" to "GitHub Actions", and set base_url in
        # content/site.yaml to the address Pages gives (https://USER.github.io/REPOSITORY/).
        name: Publish the site

        on:
          push:
            branches: [main]
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: 10.0.x
              # SiteGen is a .NET tool. To install it from your own feed or a folder of .nupkg files instead
              # of nuget.org, add: --add-source URL-OR-FOLDER
              - name: Install SiteGen
                run: dotnet tool install --global SiteGen
              - name: Build
                run: sitegen build
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: site

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """;
}
