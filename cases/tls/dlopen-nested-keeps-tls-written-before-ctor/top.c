int top_marker;
