package org.dadkhah.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.dadkhah.shared.NameKeys;

/**
 * The search benchmark's baseline: the index in use, opened read-only (beside a server that writes to it), asked a
 * bare Lucene {@link TermQuery} for one word of a name: the least any name search can cost on the same index.
 */
public final class IndexBaseline implements AutoCloseable {

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private IndexBaseline(Path generation) throws IOException {
        this.directory = FSDirectory.open(generation);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the generation in use under {@code home/index}. */
    public static IndexBaseline open(Path home) throws IOException {
        IndexLocation location = new IndexLocation(home.resolve("index"));
        String current = location.current();
        if (current == null) {
            throw new IllegalStateException("No search index under " + location.root());
        }
        return new IndexBaseline(location.path(current));
    }

    /** Documents in the index. */
    public int documents() {
        return reader.numDocs();
    }

    /** The top 20 hits of a TermQuery for the first word of {@code name}; returns how many it ranked. */
    public int termQuery(String name) throws IOException {
        List<String> words = NameKeys.wordKeys(name);
        if (words.isEmpty()) {
            return 0;
        }
        return searcher.search(new TermQuery(new Term(SearchFields.NAME_WORD, words.getFirst())), 20).scoreDocs.length;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
