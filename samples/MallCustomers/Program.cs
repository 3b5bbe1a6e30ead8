Console.WriteLine("The Mall Customers sample lands with the pipeline.");
