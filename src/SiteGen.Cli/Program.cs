using SiteGen.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return SiteGenApp.Run(args, Console.Out, Console.Error);
