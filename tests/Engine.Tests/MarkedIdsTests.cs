using TraffickingAbm.Engine.Collections;

namespace TraffickingAbm.Engine.Tests;

public class MarkedIdsTests
{
    [Fact]
    public void ListsEachIdOnceInAddOrderAndClearsOnlyItsMembers()
    {
        var rng = new System.Random(3);
        var set = new MarkedIds(1_000);
        for (int round = 0; round < 5; round++)
        {
            var reference = new List<int>();
            for (int i = 0; i < 300; i++)
            {
                int id = rng.Next(1_000); // repeats too
                bool isNew = !reference.Contains(id);
                Assert.Equal(isNew, set.Add(id));
                if (isNew) reference.Add(id);
            }
            Assert.Equal(reference, set.Ids.ToArray());
            Assert.Equal(reference.Count, set.Count);
            for (int id = 0; id < 1_000; id++) Assert.Equal(reference.Contains(id), set.Contains(id));
            set.Clear();
            Assert.Equal(0, set.Count);
            for (int id = 0; id < 1_000; id++) Assert.False(set.Contains(id), $"round {round}: {id} still marked after Clear");
        }
    }
}
