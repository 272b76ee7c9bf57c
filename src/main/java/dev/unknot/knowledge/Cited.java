package dev.unknot.knowledge;

import java.util.List;

/** Anything in the knowledge base that recommends something, and the source ids it rests on. */
public interface Cited {
    List<String> sources();
}
