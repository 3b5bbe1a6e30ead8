using Segmentation.Cli;

return SegmentApp.Run(args, Console.Out, Console.Error);
