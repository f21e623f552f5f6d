package io.mlmeta.internal.http;

import io.mlmeta.mcp.MetadataChangeProposal;

/** A proposal ready to send: its position in the caller's list, the stamped proposal and its encoded bytes. */
public final class WireItem {
  private final int index;
  private final MetadataChangeProposal mcp;
  private final byte[] bytes;

  /** An item at {@code index} of the caller's list. */
  public WireItem(int index, MetadataChangeProposal mcp, byte[] bytes) {
    this.index = index;
    this.mcp = mcp;
    this.bytes = bytes;
  }

  /** The position in the caller's list. */
  public int index() {
    return index;
  }

  /** The stamped proposal. */
  public MetadataChangeProposal mcp() {
    return mcp;
  }

  /** The encoded proposal. */
  public byte[] bytes() {
    return bytes;
  }
}
