return await SheetLeads.Worker.Hosting.CommandLine.RunAsync(args);
