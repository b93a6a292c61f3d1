using Loadgen;

var options = new Options(args.Skip(1).ToArray());
return args.FirstOrDefault() switch
{
    "write" => await WriteLoad.Run(options, "proposals"),
    "ballots" => await WriteLoad.Run(options, "ballots"),
    "ballot-cycle" => await Ballots.SetUp(options),
    "supports" => await WriteLoad.Run(options, "supports"),
    "plain" => await WriteLoad.Run(options, "plain"),
    "support-proposal" => await Supports.SetUp(options),
    "read" => await ReadLoad.Run(options),
    "pages" => await PageLoad.Run(options),
    "timetravel" => await TimeTravel.Run(options),
    "hostile" => await Hostile.Run(options),
    "conflicts" => await Conflicts.Run(options),
    "replay-script" => ReplayScript.Run(options),
    "token" => Print(Api.Token(options.Get("role"), options.Get("sub"))),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: loadgen write|plain|ballots|ballot-cycle|supports|support-proposal|read|timetravel|hostile|conflicts --url http://127.0.0.1:PORT [options]");
    return 2;
}

static int Print(string line)
{
    Console.WriteLine(line);
    return 0;
}
